import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScoreCli } from '../../tools/score-cli';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE_001 = join(ROOT, 'docs', 'examples', '001-village-branch.json');
const EXAMPLE_000 = join(ROOT, 'docs', 'examples', '000-community.json');

function tempJson(value: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'score-cli-'));
  const path = join(dir, 'file.json');
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('npm run score', () => {
  it('scores the documented 001 example: averages, the quota tie, probation, escalation, the exempt member', () => {
    const result = runScoreCli(['--scheme', '001', '--input', EXAMPLE_001]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(result.stdout);
    const byId = Object.fromEntries(out.members.map((m: { id: string }) => [m.id, m]));
    expect(out.countedPeriods).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(byId.m01).toMatchObject({ total: 92, grade: { name: '优秀' }, stars: 5 });
    expect([byId.m02.grade.name, byId.m03.grade.name]).toEqual(['合格', '合格']);
    expect(out.quotas[0]).toMatchObject({ limit: 2, granted: 1, tie: { points: 88, members: ['m02', 'm03'] } });
    expect(byId.m04.total).toBe(83.33); // (80 + 85 + 85) / 3
    expect(byId.m06.total).toBe(84); // 82 + county honour 2; the wrongly recorded 公益事业 was reversed
    expect(byId.m06.trace.some((l: { rule: string }) => l.rule === 'reversal')).toBe(true);
    expect(byId.m08.periods[0].total).toBe(64); // study floors at 0: −12 counted as −10
    expect(byId.m09).toMatchObject({ grade: { name: '不合格' }, escalation: { count: 2 } });
    expect(byId.m11).toMatchObject({ grade: null, flags: [{ code: 'extendProbation' }] });
    expect(out.exempt.map((e: { id: string }) => e.id)).toEqual(['m12']);
  });

  it('scores the documented 000 example with multipliers and review grades, as a table', () => {
    const result = runScoreCli(['--scheme', '000-zhengzhou-community', '--input', EXAMPLE_000, '--format', 'table']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toMatch(/^姓名\s+2026-Q1\s+2026-Q2\s+2026-Q3\s+2026-Q4\s+年度/);
    expect(lines.find((l) => l.startsWith('马桂芳'))).toMatch(/\b33\b.*★★★\s+优秀/);
    expect(lines.find((l) => l.startsWith('林晓'))).toMatch(/19\.5\s+★\s+合格/);
  });

  it('accepts a scheme file in the preset format', () => {
    const result = runScoreCli(['--scheme', join(ROOT, 'shared', 'scheme', 'presets', '001-xishui-town.json'), '--input', EXAMPLE_001]);
    expect(result.code).toBe(0);
  });

  it.each<[string, string[], RegExp]>([
    ['no arguments', [], /^usage: npm run score/],
    ['an unknown option', ['--schema', '001'], /Unknown option '--schema'/],
    ['a bad format', ['--scheme', '001', '--input', EXAMPLE_001, '--format', 'xml'], /^--format must be json or table/],
    ['an ambiguous preset', ['--scheme', '003', '--input', EXAMPLE_001], /^scheme: no preset "003" \(presets: 000-zhengzhou-community, /],
    [
      'a missing scenario',
      ['--scheme', '001', '--input', '/nonexistent/s.json'],
      /^scenario: cannot read \/nonexistent\/s.json \(ENOENT\)$/m,
    ],
  ])('%s → exit 2 with a message and nothing on stdout', (_, argv, message) => {
    const result = runScoreCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('names the field path of a bad scheme file', () => {
    const scheme = JSON.parse(readFileSync(join(__dirname, '../../shared/scheme/presets/001-xishui-town.json'), 'utf8'));
    const bad = structuredClone(scheme);
    bad.categories[0].sections[0].items[1].points.value = 'two';
    const result = runScoreCli(['--scheme', tempJson(bad), '--input', EXAMPLE_001]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'scheme: categories.0.sections.0.items.1.points.value: 无效输入：期望 数字，实际接收 string\n',
    });
  });

  it('names the field path of a bad scenario, structural or against the scheme', () => {
    const structural = runScoreCli(['--scheme', '001', '--input', tempJson({ year: 2026, asOf: '2026-13-01', members: [] })]);
    expect(structural).toEqual({ code: 2, stdout: '', stderr: 'scenario: asOf: 应为 YYYY-MM-DD 格式的日期\n' });
    const semantic = runScoreCli([
      '--scheme',
      '001',
      '--input',
      tempJson({
        year: 2026,
        asOf: '2026-03-01',
        members: [{ id: 'a', name: '甲', birthDate: '1970-01-01', status: 'full', category: 'selfManaged' }],
        entries: [{ member: 'a', date: '2026-01-02', item: 'bonus.other', points: 9 }],
      }),
    ]);
    expect(semantic).toEqual({ code: 2, stdout: '', stderr: 'scenario: entries.0.points: 分值应在 0.5–2 分之间\n' });
    const notJson = runScoreCli(['--scheme', '001', '--input', tempJson('{ "year": 2026,')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^scenario: .*file\.json is not valid JSON/);
  });

  const ONE_MEMBER = [{ id: 'a', name: '甲', birthDate: '1970-01-01', status: 'full', category: 'selfManaged' }];
  it.each<[string, Record<string, unknown>, string]>([
    [
      'asOf before the scored year',
      { year: 2026, asOf: '2025-12-31', members: ONE_MEMBER },
      'scenario: asOf: 计分截止日 2025-12-31 在积分年度 2026 年之前：还没有开始的考核周期，无分可计\n',
    ],
    [
      'a scoring start after asOf',
      { year: 2026, asOf: '2026-03-31', from: '2026-04-01', members: ONE_MEMBER },
      'scenario: from: 开始计分日 2026-04-01 在计分截止日 2026-03-31 之后：尚未开始计分，无分可计\n',
    ],
  ])('refuses %s instead of grading everyone 不合格 (exit 2, the field named)', (_, scenario, stderr) => {
    expect(runScoreCli(['--scheme', '004', '--input', tempJson(scenario)])).toEqual({ code: 2, stdout: '', stderr });
  });

  it('as a process: exit status 2, only the message on stderr, nothing on stdout', () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'tools', 'score.ts'), '--scheme', '001', '--input', tempJson({ year: 2026 })],
      { encoding: 'utf8', cwd: ROOT },
    );
    expect(child.status).toBe(2);
    expect(child.stdout).toBe('');
    expect(child.stderr).toBe(
      'scenario: asOf: 无效输入：期望 string，实际接收 undefined\nscenario: members: 无效输入：期望 数组，实际接收 undefined\n',
    );
  });
});
