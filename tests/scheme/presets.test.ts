import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPresets, findPreset, itemsWithPaths, presetIds, Scheme } from '../../shared/scheme';
import { renderSchemeMarkdown } from '../../shared/scheme/render-scheme-markdown';
import { parseWith } from '../../shared/validation';

const SEEDS = ['000', '001', '002', '003', '004'];

describe('preset catalog', () => {
  it('has one preset per scheme in the seeds, with unique ids', () => {
    expect(presetIds()).toEqual([
      '000-zhengzhou-community',
      '001-xishui-town',
      '002-changzhou-office',
      '003-company-quarterly',
      '003-pipeline-company',
      '003-village-quarterly',
      '003-xinba-tiers',
      '004-district-hundred',
    ]);
    expect(new Set(allPresets().map((s) => s.source.seed))).toEqual(new Set(SEEDS));
  });

  it.each(presetIds())('%s: codes are unique, sources given, every item documented with its seed', (id) => {
    const scheme = findPreset(id)!;
    const items = itemsWithPaths(scheme).map((x) => x.item);
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    for (const item of items) expect(item.source).toMatch(new RegExp(`^${scheme.source.seed}`));
    for (const category of scheme.categories) expect(category.source).toMatch(new RegExp(`^${scheme.source.seed}`));
  });

  it('finds presets by id or unique prefix only', () => {
    expect(findPreset('001')?.id).toBe('001-xishui-town');
    expect(findPreset('003')).toBeUndefined();
    expect(findPreset('003-village')?.id).toBe('003-village-quarterly');
    expect(findPreset('nope')).toBeUndefined();
  });

  it.each(presetIds())('docs/schemes/%s.md matches the preset data (run npm run docs:schemes after changing a preset)', (id) => {
    const file = readFileSync(join(__dirname, '..', '..', 'docs', 'schemes', `${id}.md`), 'utf8');
    expect(file).toBe(renderSchemeMarkdown(findPreset(id)!));
  });

  it('documents every item of every preset in its generated page', () => {
    for (const scheme of allPresets()) {
      const page = renderSchemeMarkdown(scheme);
      for (const { item } of itemsWithPaths(scheme)) expect(page).toContain(`\`${item.code}\``);
    }
  });
});

/** A cloned preset edited deep inside by each case: the schema under test is what checks its shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Draft = Record<string, any>;

describe('scheme validation names the field', () => {
  const base = () => structuredClone(findPreset('001')!) as unknown as Draft;
  const issuesOf = (data: unknown) => {
    const parsed = parseWith(Scheme, data);
    if (parsed.ok) throw new Error('expected the scheme to be rejected');
    return parsed.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it.each<[string, (s: Draft) => void, string]>([
    [
      'a third decimal',
      (s) => (s.categories[0].sections[0].items[0].points.value = -0.125),
      'categories.0.sections.0.items.0.points.value: 分值最多两位小数',
    ],
    [
      'a reversed range',
      (s) => (s.categories[1].items[0].points = { kind: 'range', min: 5, max: 1 }),
      'categories.1.items.0.points.max: min 不能大于 max',
    ],
    [
      'a duplicate item code',
      (s) => (s.categories[0].sections[1].items[0].code = 'duties.study.absent'),
      'categories.0.sections.1.items.0.code: 项目代码“duties.study.absent”重复',
    ],
    ['a quota on an unknown grade', (s) => (s.quota.grade = 'outstanding'), 'quota.grade: 没有代码为“outstanding”的等次'],
    ['bands out of order', (s) => (s.grading.bands[1].min = 85), 'grading.bands.1.min: 等次应按分数线从高到低排列'],
    [
      'a meeting naming an item members enter',
      (s) => (s.meetings[0].outcomes.absent = 'bonus.economy'),
      'meetings.0.outcomes.absent: 项目“bonus.economy”须由记分员录入（enteredBy 为 recorder）',
    ],
    [
      'a setting pointing nowhere',
      (s) => (s.settings[0].path = 'categories.9.items'),
      'settings.0.path: “categories.9.items”不是本方案中的位置',
    ],
    [
      'a veto a member could report',
      (s) => (s.categories[3].items[0].enteredBy = 'member'),
      'categories.3.items.0.enteredBy: 一票否决项目只能由记分员录入（recorder）',
    ],
    ['an unknown field', (s) => (s.categories[0].colour = 'red'), 'categories.0: 出现未知的键(key): "colour"'],
    [
      'a warning on an unknown grade',
      (s) => (s.warnings = [{ code: 'w', name: '谈话', scope: 'year', when: { grades: ['failed'] }, action: '谈话', source: '001' }]),
      'warnings.0.when.grades.0: 没有代码为“failed”的等次',
    ],
    [
      'a period warning by grade',
      (s) =>
        (s.warnings = [{ code: 'w', name: '谈话', scope: 'period', when: { grades: ['unqualified'] }, action: '谈话', source: '001' }]),
      'warnings.0.when.grades: 等次按年度评定：按等次的预警请用 scope "year"',
    ],
    [
      'a probation flag by grade where probationary members are not graded',
      (s) => (s.probation.flags[0] = { code: 'x', name: '延长', grades: ['unqualified'], source: '001' }),
      'probation.flags.0.grades: 预备党员在本方案中不评定等次（grading.gradedStatuses）：请按积分（below）提示',
    ],
    [
      'a probation flag by points and grade at once',
      (s) => (s.probation.flags[0] = { code: 'x', name: '延长', below: 60, grades: ['unqualified'], source: '001' }),
      'probation.flags.0: 请给出 below 或 grades（二选一）',
    ],
    [
      'countsIn on a year-scope item',
      (s) => (s.categories[2].items[0].countsIn = 'eachMonthOfQuarter'),
      'categories.2.items.0.countsIn: 按年计分的类别每年计一次：countsIn 只用于按期计分的类别',
    ],
    [
      'countsIn on a veto',
      (s) => (s.categories[3].items[0].countsIn = 'eachMonthOfQuarter'),
      'categories.3.items.0.countsIn: 一票否决项目不计分，不能计入其他月份',
    ],
    [
      'countsIn in a quarterly scheme',
      (s) => ((s.period = 'quarter'), (s.categories[0].sections[0].items[0].countsIn = 'eachMonthOfQuarter')),
      'categories.0.sections.0.items.0.countsIn: eachMonthOfQuarter 只用于按月计分的方案（period 为 month）',
    ],
    [
      'an unknown countsIn',
      (s) => (s.categories[1].items[0].countsIn = 'eachWeek'),
      'categories.1.items.0.countsIn: 无效输入：期望 "eachMonthOfQuarter"',
    ],
    ['a missing period', (s) => delete s.period, 'period: 无效选项：期望以下之一 "month"|"quarter"'],
  ])('%s', (_, change, expected) => {
    const scheme = base();
    change(scheme);
    expect(issuesOf(scheme)).toContain(expected);
  });
});
