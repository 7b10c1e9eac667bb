import fc from 'fast-check';
import type { ReviewInput } from '../../shared/engine';
import { applyPercent, fromCenti, toCenti } from '../../shared/points';
import { aMember, anEntry, aReview, memberOf, score } from '../support/scoring-mothers';
import { aScheme } from '../support/scheme-mothers';

/** 年度积分 = 全年累计积分 × 评议折算比例 (优秀 100%，合格 90%，基本合格 80%，不合格 0). */
const PERCENT = { excellent: 100, qualified: 90, basicallyQualified: 80, unqualified: 0 } as const;
const scheme = aScheme({
  yearTotal: {
    combine: { method: 'sum' },
    reviewScale: { percent: PERCENT, source: '本支部细则 第八条：年度积分=全年累计积分×评议折算比例' },
  },
  grading: {
    basis: 'points',
    bands: [
      { code: 'excellent', name: '优秀', min: 40 },
      { code: 'qualified', name: '合格', min: 20 },
      { code: 'unqualified', name: '不合格' },
    ],
    gradedStatuses: ['full'],
    source: '测试',
  },
});

function run(points: number[], grade: ReviewInput['grade'] | null) {
  const member = aMember();
  const entries = points.map((p, i) => anEntry(member, `2026-${String(1 + (i % 12)).padStart(2, '0')}-08`, 'work.task', { points: p }));
  const reviews = grade === null ? [] : [aReview(member, grade)];
  return memberOf(score(scheme, { asOf: '2026-12-31', members: [member], entries, reviews }), member);
}

describe('the year scaled by the democratic review (yearTotal.reviewScale)', () => {
  it.each<[ReviewInput['grade'], number, string]>([
    ['excellent', 47.5, '优秀'],
    ['qualified', 42.75, '优秀'],
    ['basicallyQualified', 38, '合格'],
    ['unqualified', 0, '不合格'],
  ])('%s: 47.5 points → %s, graded on the scaled total (%s)', (grade, total, band) => {
    const m = run([5, 5, 5, 5, 5, 5, 5, 5, 5, 2.5], grade);
    expect(m.total).toBe(total);
    expect(m.grade?.name).toBe(band);
  });

  it('tells the arithmetic, rounded to the hundredth', () => {
    const m = run([4.5, 3.5, 1.5], 'qualified'); // 9.5 × 90 % = 8.55
    expect(m.total).toBe(8.55);
    const line = m.trace.find((l) => l.rule === 'reviewScale')!;
    expect(line).toMatchObject({ before: 9.5, points: 8.55, message: '民主评议为合格，按 90% 折算：9.5 分 × 90% = 8.55 分' });
  });

  it('leaves the points unscaled until a result is entered, and says so', () => {
    const m = run([5, 5], null);
    expect(m.total).toBe(10);
    expect(m.trace.map((l) => l.message)).toContain('年度积分按民主评议结果折算，评议结果尚未录入，暂不折算');
  });

  it('property: the total is the rounded percentage of the points, whatever they are', () => {
    const steps = fc.array(
      fc.integer({ min: 0, max: 8 }).map((k) => 1 + k * 0.5),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        steps,
        fc.constantFrom<ReviewInput['grade']>('excellent', 'qualified', 'basicallyQualified', 'unqualified'),
        (points, grade) => {
          const sum = toCenti(points.reduce((a, b) => a + b, 0));
          expect(run(points, grade).total).toBe(fromCenti(applyPercent(sum, PERCENT[grade])));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('property: a better result never lowers the total (with these ratios)', () => {
    const order: ReviewInput['grade'][] = ['unqualified', 'basicallyQualified', 'qualified', 'excellent'];
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 8 }).map((k) => 1 + k * 0.5),
          { maxLength: 20 },
        ),
        (points) => {
          const totals = order.map((g) => run(points, g).total);
          for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeGreaterThanOrEqual(totals[i - 1]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('takes review results in a scheme that only scales by them', () => {
    expect(() => run([5], 'excellent')).not.toThrow();
  });
});
