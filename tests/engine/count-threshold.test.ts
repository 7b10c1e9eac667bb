import fc from 'fast-check';
import { Scheme, type SchemeInput } from '../../shared/scheme';
import { aMember, anEntry, memberOf, score } from '../support/scoring-mothers';
import { aScheme, anItem } from '../support/scheme-mothers';
import type { EntryInput } from '../../shared/engine';

/**
 * 全年缺席“三会一课”次数不多于1次 加5分 (atMost), 全年参加志愿服务不少于4次 加3分 (atLeast), and a
 * monthly one: points given at the scope's end from the count of approved entries, never entered.
 */
const categories: SchemeInput['categories'] = [
  {
    code: 'life',
    name: '组织生活',
    scope: 'period',
    items: [
      anItem('life.absent', { kind: 'fixed', value: -1 }, '缺席三会一课'),
      anItem('life.volunteer', { kind: 'perOccurrence', value: 1 }, '志愿服务'),
    ],
    source: '测试',
  },
  {
    code: 'year',
    name: '年终认定',
    scope: 'year',
    items: [
      anItem(
        'year.fewAbsences',
        { kind: 'countThreshold', counts: ['life.absent'], atMost: 1, value: 5, scope: 'year' },
        '全年缺席不多于1次',
      ),
      anItem(
        'year.volunteer',
        { kind: 'countThreshold', counts: ['life.volunteer'], atLeast: 4, value: 3, scope: 'year' },
        '全年志愿服务不少于4次',
      ),
    ],
    source: '测试',
  },
  {
    code: 'monthly',
    name: '每月全勤',
    scope: 'period',
    items: [
      anItem('monthly.full', { kind: 'countThreshold', counts: ['life.absent'], atMost: 0, value: 1, scope: 'period' }, '当月无缺席'),
    ],
    source: '测试',
  },
];
const scheme = aScheme({ categories });

function run(entries: (m: string) => EntryInput[], asOf = '2026-12-31') {
  const member = aMember({ id: 'a' });
  return memberOf(score(scheme, { asOf, members: [member], entries: entries('a') }), member);
}
const absent = (m: string, date: string, id?: string) => anEntry(m, date, 'life.absent', id ? { id } : {});
const yearItem = (r: ReturnType<typeof run>, code: string) => r.yearCategories[0].items.find((i) => i.code === code)?.points ?? 0;

describe('count thresholds (points.kind countThreshold)', () => {
  it('gives the points when the year’s count stays within the bound, and says so', () => {
    const r = run((m) => [absent(m, '2026-03-05')]);
    expect(yearItem(r, 'year.fewAbsences')).toBe(5);
    expect(r.trace.map((l) => l.message)).toContain('全年缺席三会一课共 1 次，不多于 1 次：全年缺席不多于1次 加 5 分');
  });

  it('gives nothing past the bound, and says why', () => {
    const r = run((m) => [absent(m, '2026-03-05'), absent(m, '2026-04-05')]);
    expect(yearItem(r, 'year.fewAbsences')).toBe(0);
    expect(r.trace.map((l) => l.message)).toContain('全年缺席三会一课共 2 次，多于 1 次：全年缺席不多于1次 不计分');
  });

  it('counts a reversal: a reversed absence no longer counts', () => {
    const r = run((m) => [absent(m, '2026-03-05', 'x1'), absent(m, '2026-04-05', 'x2'), { ...absent(m, '2026-04-20'), reverses: 'x2' }]);
    expect(yearItem(r, 'year.fewAbsences')).toBe(5);
  });

  it('at least: counts a per-occurrence entry by its quantity', () => {
    const given = run((m) => [anEntry(m, '2026-05-01', 'life.volunteer', { quantity: 3 }), anEntry(m, '2026-06-01', 'life.volunteer')]);
    expect(yearItem(given, 'year.volunteer')).toBe(3);
    expect(given.trace.map((l) => l.message)).toContain('全年志愿服务共 4 次，不少于 4 次：全年志愿服务不少于4次 加 3 分');
    const short = run((m) => [anEntry(m, '2026-05-01', 'life.volunteer', { quantity: 3 })]);
    expect(yearItem(short, 'year.volunteer')).toBe(0);
  });

  it('is given only once its scope has ended: nothing for the year before 31 December, each ended month', () => {
    const r = run((m) => [absent(m, '2026-02-10')], '2026-06-15');
    expect(yearItem(r, 'year.fewAbsences')).toBe(0);
    expect(r.trace.some((l) => l.item === 'year.fewAbsences')).toBe(false);
    // January, March, April, May ended without an absence; February had one; June has not ended.
    expect(r.periods.map((p) => p.categories.find((c) => c.code === 'monthly')?.points)).toEqual([1, 0, 1, 1, 1, 0]);
  });

  it('cannot be entered by hand', () => {
    expect(() => run((m) => [anEntry(m, '2026-03-05', 'year.fewAbsences')])).toThrow('按记录次数在年（期）末自动计分，不能录入');
  });

  it('is refused when it counts an unknown item, sits a year count in a period category, or has no bound', () => {
    const bad = structuredClone(categories);
    const few = bad[1].items![0] as { points: Record<string, unknown> };
    few.points.counts = ['life.nothing'];
    const monthly = bad[2].items![0] as { points: Record<string, unknown> };
    monthly.points.scope = 'year';
    delete (bad[1].items![1] as { points: Record<string, unknown> }).points.atLeast;
    const parsed = Scheme.safeParse({ ...aScheme(), categories: bad });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).sort()).toEqual([
      'categories.1.items.0.points.counts.0: 没有代码为“life.nothing”的项目',
      'categories.1.items.1.points.atMost: 请给出 atMost（不多于）或 atLeast（不少于），二选一',
      'categories.2.items.0.points.scope: 全年计一次（scope 为 year）的项目应放在按年计分的类别（scope 为 year）中',
    ]);
  });

  it('property: the year item is 5 exactly when at most one absence is left after reversals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.boolean()), { maxLength: 6 }), (absences) => {
        const r = run((m) =>
          absences.flatMap(([month, reversed], k) => {
            const date = `2026-${String(month).padStart(2, '0')}-0${1 + (k % 5)}`;
            const entry = absent(m, date, `e${k}`);
            return reversed ? [entry, { ...absent(m, date), reverses: `e${k}` }] : [entry];
          }),
        );
        const left = absences.filter(([, reversed]) => !reversed).length;
        expect(yearItem(r, 'year.fewAbsences')).toBe(left <= 1 ? 5 : 0);
      }),
      { numRuns: 60 },
    );
  });
});
