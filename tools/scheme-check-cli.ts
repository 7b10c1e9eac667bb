import { readFileSync } from 'node:fs';
import { itemsWithPaths } from '../shared/scheme';
import { parseCustomScheme } from '../shared/scheme/custom-scheme';
import { renderSchemeMarkdown } from '../shared/scheme/render-scheme-markdown';
import { describeProblem, type FieldProblem } from '../shared/validation';
import { smokeCheck } from './scheme-smoke';
import type { CliResult } from './score-cli';

const USAGE = '用法：npm run -s scheme:check -- <方案.json>（格式见 docs/scheme-format.md）';

function readJson(path: string, read: (path: string) => string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    return { ok: false, message: `无法读取 ${path}（${(error as NodeJS.ErrnoException).code ?? 'error'}）` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `${path} 不是有效的 JSON（${(error as Error).message}）` };
  }
}

function errors(problems: FieldProblem[]): CliResult {
  const lines = problems.map((p) => `错误 ${describeProblem(p)}`);
  return { code: 2, stdout: '', stderr: `${lines.join('\n')}\n方案有 ${problems.length} 处错误，未通过检查。\n` };
}

/**
 * `npm run scheme:check -- <file>` as a function of its arguments and file reader: the scheme checked as
 * org.saveCustomScheme checks it (errors name the JSON path, in Chinese; exit 2), then on stdout the
 * Markdown preview a committee reads, the smoke scenario's scores and its warnings (exit 0).
 */
export function runSchemeCheckCli(argv: string[], read: (path: string) => string = (p) => readFileSync(p, 'utf8')): CliResult {
  if (argv.length !== 1 || argv[0].startsWith('-')) return { code: 2, stdout: '', stderr: `${USAGE}\n` };
  const json = readJson(argv[0], read);
  if (!json.ok) return { code: 2, stdout: '', stderr: `错误 ${json.message}\n` };
  const parsed = parseCustomScheme(json.value);
  if (!parsed.ok) return errors(parsed.problems);
  const scheme = parsed.value;

  const preview = renderSchemeMarkdown(scheme, { custom: true });
  const missing = itemsWithPaths(scheme).filter(({ item }) => !preview.includes(`\`${item.code}\``));
  if (missing.length > 0) return errors(missing.map(({ path }) => ({ path: path.join('.'), message: '预览中没有这个项目' })));

  const smoke = smokeCheck(scheme);
  if (scheme.source.seed !== undefined)
    smoke.warnings.unshift({ path: 'source.seed', message: '种子编号只用于预置方案：自定义方案依据本支部（本单位）的细则，不写 seed' });
  const out = [preview, '---', '', '## 检查结果', ''];
  out.push('试算：三名示例党员的一整年（加分项目每期都加到上限以上、扣分项目都扣满、没有任何记录）。', '');
  if (smoke.members.length > 0) {
    out.push('| 示例党员 | 年度积分 | 等次 | 星级 |', '|---|---|---|---|');
    for (const m of smoke.members) out.push(`| ${m.name} | ${m.total} | ${m.grade} | ${m.stars} |`);
    out.push('');
  }
  if (smoke.warnings.length === 0) out.push('没有发现问题。');
  else {
    out.push(`提示（${smoke.warnings.length} 条，不影响保存，请对照细则确认）：`, '');
    for (const w of smoke.warnings) out.push(`- 提示 ${describeProblem(w)}`);
  }
  const summary = smoke.warnings.length === 0 ? '方案通过检查。' : `方案通过检查，有 ${smoke.warnings.length} 条提示。`;
  return { code: 0, stdout: `${out.join('\n')}\n`, stderr: `${summary}\n` };
}
