import fc from 'fast-check';
import { quotaLimit } from '../../shared/engine/branch/quota';
import { Scheme, type SchemeInput } from '../../shared/scheme';
import { aMember, anEntry, memberOf, score } from '../support/scoring-mothers';
import { aScheme } from '../support/scheme-mothers';

/** 按照分配名额由支部推荐: a grade limited to a number of places per branch, alone or with a percentage. */
const grading: SchemeInput['grading'] = {
  basis: 'points',
  bands: [
    { code: 'excellent', name: '优秀', min: 4 },
    { code: 'qualified', name: '合格' },
  ],
  gradedStatuses: ['full'],
  source: '测试',
};
const withQuota = (quota: Partial<NonNullable<SchemeInput['quota']>>) =>
  aScheme({ grading, quota: { grade: 'excellent', ties: 'excludeTied', source: '本支部细则 第五条：按照分配名额由支部推荐', ...quota } });

/** Members m0… with these totals (1–10 on the half point: one January entry, or January and February). */
function run(scheme: Scheme, totals: number[]) {
  const members = totals.map((_, i) => aMember({ id: `m${i}` }));
  const entries = members.flatMap((m, i) => {
    const t = totals[i];
    if (t <= 5) return [anEntry(m, '2026-01-08', 'work.task', { points: t })];
    const january = Math.ceil(t) / 2;
    return [anEntry(m, '2026-01-08', 'work.task', { points: january }), anEntry(m, '2026-02-08', 'work.task', { points: t - january })];
  });
  const result = score(scheme, { asOf: '2026-12-31', members, entries });
  return { result, grades: members.map((m) => memberOf(result, m).grade?.name) };
}

describe('a quota given as places (quota.maxPlaces)', () => {
  it('keeps the grade for the best N and moves the rest down, explained in places', () => {
    const { result, grades } = run(withQuota({ maxPlaces: 2 }), [5, 4.5, 4, 3, 4]);
    expect(grades).toEqual(['优秀', '优秀', '合格', '合格', '合格']);
    expect(result.quotas[0]).toMatchObject({ maxPercent: null, maxPlaces: 2, gradedMembers: 5, limit: 2, candidates: 4, granted: 2 });
    expect(result.quotas[0].explanation).toContain('优秀每个支部不超过 2 人：参评 5 人，名额 2 人');
    expect(result.quotas[0].explanation).not.toContain('向下取整');
    expect(memberOf(result, 'm2').trace.find((l) => l.rule === 'quota')?.message).toBe('超出优秀名额（2 人）：优秀 → 合格');
  });

  it('with a percentage too, the smaller limit holds', () => {
    // 10 graded: 50 % gives 5, places 2 → 2; 20 % gives 2, places 3 → 2.
    const totals = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5];
    expect(run(withQuota({ maxPercent: 50, maxPlaces: 2 }), totals).result.quotas[0].limit).toBe(2);
    const both = run(withQuota({ maxPercent: 20, maxPlaces: 3 }), totals).result.quotas[0];
    expect(both).toMatchObject({ limit: 2, granted: 2 });
    expect(both.explanation).toContain('优秀每个支部不超过参评党员的 20%且不超过 3 人：参评 10 人，名额 2 人（向下取整）');
  });

  it('never splits a tie across the places', () => {
    const { result, grades } = run(withQuota({ maxPlaces: 1 }), [4.5, 4.5, 3]);
    expect(grades).toEqual(['合格', '合格', '合格']);
    expect(result.quotas[0].tie).toMatchObject({ points: 4.5, members: ['m0', 'm1'], decision: 'excludeTied' });
  });

  it('is refused without a percentage or places, naming the field', () => {
    const parsed = Scheme.safeParse({ ...withQuota({ maxPlaces: 2 }), quota: { grade: 'excellent', ties: 'excludeTied', source: '测试' } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['quota.maxPercent', '请给出 maxPercent（百分比）或 maxPlaces（人数），或两者'],
    ]);
  });

  it('property: the limit is the fewer of ⌊graded × percent / 100⌋ and the places, and no more keep the grade', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(
          fc.integer({ min: 2, max: 20 }).map((k) => k * 0.5),
          { minLength: 1, maxLength: 12 },
        ),
        (maxPercent, maxPlaces, totals) => {
          const { result, grades } = run(withQuota({ maxPercent, maxPlaces }), totals);
          const expected = Math.min(maxPlaces, maxPercent === undefined ? Infinity : Math.floor((totals.length * maxPercent) / 100));
          expect(result.quotas[0].limit).toBe(expected);
          expect(quotaLimit({ maxPercent, maxPlaces }, totals.length)).toBe(expected);
          expect(grades.filter((g) => g === '优秀').length).toBeLessThanOrEqual(expected);
        },
      ),
      { numRuns: 80 },
    );
  });
});
