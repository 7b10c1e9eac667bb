import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPreset, presetIds } from '../../shared/scheme';
import { runSchemeCheckCli } from '../../tools/scheme-check-cli';
import { workedExampleScheme } from '../../tools/scheme-format-example';

const ROOT = join(__dirname, '..', '..');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- schemes edited deep inside by each case; the CLI checks their shape
type Draft = Record<string, any>;

function tempJson(value: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'scheme-check-'));
  const path = join(dir, 'scheme.json');
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const example = () => structuredClone(workedExampleScheme()) as Draft;
const check = (scheme: unknown) => runSchemeCheckCli([tempJson(scheme)]);
const warningsOf = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('- 提示 '));

describe('npm run scheme:check', () => {
  it('passes the worked example of docs/scheme-format.md: the preview in custom-scheme wording, the smoke scores, no warnings', () => {
    const result = check(workedExampleScheme());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('方案通过检查。\n');
    expect(result.stdout).toContain('# 红星村党支部党员积分管理细则');
    expect(result.stdout).toContain('- 方案编号：`hongxing-village`（第 1 版，格式 1）');
    expect(result.stdout).not.toMatch(/预设|种子|Generated/);
    // Months of 60 + 30 averaged, plus the year's 10 of awards; all deductions floor at 0; no entries keep the 60.
    expect(result.stdout).toContain('| 加分最多的党员 | 100 | 优秀 | — |');
    expect(result.stdout).toContain('| 扣分最多的党员 | 0 | 不合格 | — |');
    expect(result.stdout).toContain('| 没有记录的党员 | 60 | 基本合格 | — |');
    expect(result.stdout).toContain('没有发现问题。');
  });

  it('answers errors in Chinese, each naming its JSON path, and exits 2 without a preview', () => {
    const bad = example();
    bad.categories[0].items[1].points = { kind: 'range', min: 5, max: 1 };
    bad.categories[1].code = 'duties';
    bad.grading.bands[2].min = 80;
    bad.period = 'week';
    delete bad.yearTotal;
    const result = check(bad);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining(
        [
          'categories.0.items.1.points.max: min 不能大于 max',
          'period: 无效选项：期望以下之一 "month"|"quarter"',
          'yearTotal: 无效输入：期望 object，实际接收 undefined',
        ].map((l) => `错误 ${l}`),
      ),
    );
    expect(lines[lines.length - 1]).toMatch(/^方案有 \d+ 处错误，未通过检查。$/);
    for (const line of lines) expect(line).toMatch(/[\u4e00-\u9fff]/);
  });

  it('checks the references once the shape is right, and refuses a preset’s id', () => {
    const bad = example();
    bad.categories[1].code = 'duties';
    bad.grading.gradedStatuses = ['full'];
    bad.quota = { grade: 'outstanding', maxPercent: 20, ties: 'excludeTied', source: '第六条' };
    expect(check(bad).stderr).toContain('错误 categories.1.code: 积分类别代码“duties”重复\n');
    expect(check(bad).stderr).toContain('错误 quota.grade: 没有代码为“outstanding”的等次\n');
    const preset = { ...structuredClone(findPreset('001')!), version: 2 };
    expect(check(preset)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('错误 id: “001-xishui-town”是预置方案的编号，自定义方案请另起编号'),
    });
  });

  it('warns of a cap that can never bite, a grade no total reaches and a gap between star bands', () => {
    const odd = example();
    odd.categories[0].lossCap = { perPeriod: 80 }; // deductions from 60 floor at 0 first
    odd.categories[1].items[1].cap = { perYear: 500 }; // the category's 30 a month allow 360 a year at most
    odd.categories[2].items[0].cap = { perYear: 20 }; // the category's 10 a year is smaller
    odd.grading.bands[0].min = 101;
    odd.stars = {
      bands: [
        { stars: 5, min: 90 },
        { stars: 3, min: 60 },
      ],
      source: '第八条',
    };
    odd.warnings = [{ code: 'never', name: '从未出现的预警', scope: 'year', when: { below: -1 }, action: '谈话', source: '第九条' }];
    let result = check(odd);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('方案通过检查，有 6 条提示。\n');
    expect(warningsOf(result.stdout)).toEqual([
      '- 提示 categories.0.lossCap.perPeriod: 从起始分 60 到最低分 0 只有 60 分：这个上限不会起作用',
      '- 提示 categories.1.items.1.cap.perYear: 本项目的上限不小于所在类别（分项）的加分上限：不会起作用',
      '- 提示 categories.2.items.0.cap.perYear: 本项目的上限不小于所在类别（分项）的加分上限：不会起作用',
      '- 提示 grading.bands.0.min: 试算中年度积分在 0 至 100 分之间，达不到“优秀”的分数线 101 分',
      '- 提示 stars.bands.1.stars: 星级从 5 星跳到 3 星：中间的星级没有分数段',
      '- 提示 warnings.0.when.below: 试算中年度积分在 0 至 100 分之间，没有人低于 -1 分：“从未出现的预警”不会出现',
    ]);
    // A cap the smoke scenario never reaches: 15 entries of 2 points a month are far below it.
    delete odd.categories[1].gainCap;
    odd.categories[1].items[0].cap = { perPeriod: 500 };
    result = check(odd);
    expect(warningsOf(result.stdout)).toContainEqual(
      expect.stringMatching(/^- 提示 categories\.1\.items\.0\.cap: 试算中这个上限从未起作用/),
    );
  });

  it('warns of caps with nothing to limit, a year cap the period caps never reach, and grades no total reaches', () => {
    const odd = example();
    odd.categories[0].gainCap = { perPeriod: 5 };
    odd.categories[0].floor = 60;
    odd.categories[1].gainCap = { perPeriod: 2, perYear: 30 };
    odd.categories.pop(); // no veto any more
    odd.yearTotal.ceiling = { value: 100, overflow: 'discard', source: '第一条' };
    odd.source.seed = '001';
    const result = check(odd);
    // Each month 60 (deductions floor at 60) + at most 2, averaged; the year's awards add at most 10.
    expect(result.stdout).toContain('| 加分最多的党员 | 72 | 基本合格 | — |');
    expect(warningsOf(result.stdout)).toEqual([
      '- 提示 source.seed: 种子编号只用于预置方案：自定义方案依据本支部（本单位）的细则，不写 seed',
      '- 提示 categories.0.gainCap: 本类别（分项）没有加分项目：加分上限不会起作用',
      '- 提示 categories.1.gainCap.perYear: 每期上限 × 12 期也不超过每年上限：每年上限不会起作用',
      '- 提示 grading.bands.0.min: 试算中年度积分在 60 至 72 分之间，达不到“优秀”的分数线 90 分',
      '- 提示 grading.bands.1.min: 试算中年度积分在 60 至 72 分之间，达不到“合格”的分数线 75 分',
      '- 提示 grading.bands.3: 试算中年度积分在 60 至 72 分之间，总在上一档的分数线 60 分以上，评不到“不合格”',
      '- 提示 yearTotal.ceiling.value: 试算中年度积分在 60 至 72 分之间，到不了满分 100 分：年度满分不会起作用',
    ]);
  });

  it.each(presetIds())('passes %s written as a committee’s own scheme, without a warning', (id) => {
    const { source, ...preset } = structuredClone(findPreset(id)!);
    const result = check({ ...preset, id: `own-${id}`, source: { title: source.title } });
    expect(result).toMatchObject({ code: 0, stderr: '方案通过检查。\n' });
    expect(result.stdout).toContain('没有发现问题。');
  });

  it('never crashes: a preset with one value anywhere replaced or removed is passed (exit 0) or refused field by field (exit 2)', () => {
    const leafPaths = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value !== null && typeof value === 'object'
        ? [path, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]))]
        : [path];
    const presets = presetIds().map((id) => ({ ...structuredClone(findPreset(id)!), id: `own-${id}` }) as Draft);
    fc.assert(
      fc.property(
        fc.nat(presets.length - 1),
        fc.nat(),
        fc.option(fc.oneof(fc.jsonValue(), fc.constantFrom(0, -1, 0.001, 1e9, '', 'x', [], {})), { nil: undefined }),
        (p, at, replacement) => {
          const scheme = structuredClone(presets[p]);
          const paths = leafPaths(scheme).filter((path) => path.length > 0);
          const path = paths[at % paths.length];
          const parent = path.slice(0, -1).reduce((node: Draft, key) => node[key], scheme);
          const key = path[path.length - 1];
          if (replacement === undefined && Array.isArray(parent)) parent.splice(key as number, 1);
          else if (replacement === undefined) delete parent[key];
          else parent[key] = replacement;
          const result = runSchemeCheckCli(['scheme.json'], () => JSON.stringify(scheme));
          expect([0, 2]).toContain(result.code);
          if (result.code === 2) for (const line of result.stderr.trim().split('\n').slice(0, -1)) expect(line).toMatch(/^错误 \S*: \S/);
          else expect(result.stdout).toContain('## 检查结果');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses what is not a scheme file, with the usage or the reason', () => {
    expect(runSchemeCheckCli([])).toMatchObject({ code: 2, stderr: expect.stringContaining('用法：npm run -s scheme:check') });
    expect(runSchemeCheckCli([join(tmpdir(), 'no-such-scheme.json')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('无法读取'),
    });
    expect(check('{ "format": 1,')).toMatchObject({ code: 2, stderr: expect.stringContaining('不是有效的 JSON') });
    expect(check([1, 2])).toMatchObject({
      code: 2,
      stderr: '错误 (root): 无效输入：期望 object，实际接收 数组\n方案有 1 处错误，未通过检查。\n',
    });
  });

  it('runs as npm run scheme:check and exits 2 on an error', () => {
    const bad = example();
    bad.version = 0;
    const run = spawnSync('npm', ['run', '-s', 'scheme:check', '--', tempJson(bad)], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('错误 version:');
    const good = spawnSync('npm', ['run', '-s', 'scheme:check', '--', tempJson(workedExampleScheme())], { cwd: ROOT, encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('## 检查结果');
  });
});
