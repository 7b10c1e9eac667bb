import fc from 'fast-check';
import { applyPercent, fromCenti, toCenti } from '../../shared/points';
import type { SchemeInput } from '../../shared/scheme';
import { aMember, anEntry, memberOf, score } from '../support/scoring-mothers';
import { aScheme, anItem } from '../support/scheme-mothers';

/**
 * Two rule kinds of one document (县工信局: 基础分20分，以后每年基础分值为上年度党员个人积分的20%；基础分采取
 * 扣分的办法，逐项进行考核扣分，扣完为止): a category whose start is a share of the member's own total of
 * last year, and aspects that each take a share of that start and floor on their own.
 */
function baseCategory(shares: [number, number] | null): SchemeInput['categories'][number] {
  return {
    code: 'base',
    name: '基础分',
    scope: 'year',
    start: 20,
    floor: 0,
    startFromLastYear: { percent: 20, source: '本支部细则 三(一)1：以后每年基础分值为上年度党员个人积分的20%' },
    sections: [
      {
        code: 'base.political',
        name: '政治素质',
        ...(shares ? { share: shares[0] } : {}),
        items: [anItem('base.political.miss', { kind: 'fixed', value: -3 })],
      },
      {
        code: 'base.discipline',
        name: '遵纪守法',
        ...(shares ? { share: shares[1] } : {}),
        items: [anItem('base.discipline.miss', { kind: 'fixed', value: -2 })],
      },
    ],
    source: '本支部细则 三(一)2(1)',
  };
}

const carried = aScheme({ categories: [baseCategory(null)] });
const shared = aScheme({ categories: [baseCategory([60, 40])] });

function run(scheme: typeof carried, lastYear: number | null, political: number, discipline: number) {
  const member = aMember();
  const entries = [
    ...Array.from({ length: political }, (_, i) => anEntry(member, `2026-0${1 + (i % 9)}-10`, 'base.political.miss')),
    ...Array.from({ length: discipline }, (_, i) => anEntry(member, `2026-0${1 + (i % 9)}-11`, 'base.discipline.miss')),
  ];
  const history = lastYear === null ? [] : [{ member: member.id, year: 2025, total: lastYear }];
  return memberOf(score(scheme, { asOf: '2026-12-31', members: [member], entries, history }), member);
}

describe('a start carried from last year (startFromLastYear)', () => {
  it('starts from 20 % of last year’s total, deducts, and floors the block at 0', () => {
    const m = run(carried, 87.5, 1, 1);
    expect(m.total).toBe(12.5); // 87.5 × 20 % = 17.5; − 3 − 2
    expect(m.yearCategories[0].start).toBe(17.5);
    expect(m.trace.map((l) => l.message)).toContain('基础分：2025 年度积分 87.5 分 × 20% = 17.5 分，本年从 17.5 分 起扣');
    expect(run(carried, 87.5, 7, 0).total).toBe(0); // 17.5 − 21: 扣完为止
  });

  it('starts from the scheme’s start without a total for last year (the first year, a new member)', () => {
    const m = run(carried, null, 1, 0);
    expect(m.total).toBe(17);
    expect(m.trace.map((l) => l.message)).toContain('基础分：没有 2025 年度积分，从 20 分 起扣');
  });

  it('counts a negative total of last year as 0', () => {
    expect(run(carried, -10, 0, 0).total).toBe(0);
  });

  it('states the rule once at the top of the trace', () => {
    expect(run(carried, 50, 0, 0).trace[0].message).toBe('基础分：从上年度积分的 20% 起扣（没有上年度积分时从 20 分 起扣），最低 0 分');
  });

  it('property: the block is the rounded share of last year, less deductions, never below 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 15_000 }), fc.nat(8), fc.nat(8), (lastCenti, p, d) => {
        const start = applyPercent(toCenti(Math.max(0, lastCenti) / 100), 20);
        const expected = Math.max(0, start - 300 * p - 200 * d);
        expect(toCenti(run(carried, lastCenti / 100, p, d).total)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('aspects with a share of the block’s start (share: 逐项扣分，扣完为止)', () => {
  it('each aspect floors on its own: a used-up aspect does not eat into another', () => {
    // 87.5 × 20 % = 17.5 → 政治素质 60 % = 10.5, 遵纪守法 40 % = 7
    const m = run(shared, 87.5, 5, 1);
    expect(m.yearCategories[0].sections.map((s) => [s.start, s.points])).toEqual([
      [10.5, 0],
      [7, 5],
    ]);
    expect(m.total).toBe(5); // not 17.5 − 15 − 2 = 0.5: the 4.5 points 政治素质 lacked are not taken from 遵纪守法
  });

  it('with the scheme’s fixed start too', () => {
    const m = run(shared, null, 0, 2);
    expect(m.yearCategories[0].sections.map((s) => s.start)).toEqual([12, 8]);
    expect(m.total).toBe(16);
  });

  it('says where each aspect starts', () => {
    const lines = run(shared, null, 0, 0).trace.map((l) => l.message);
    expect(lines).toContain('政治素质：分得基础分起始分的 60%，单独计算，最低 0 分');
  });

  it('property: the parts add up to the start, and every aspect stays within [0, its part]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 99 }),
        fc.nat(10),
        fc.nat(10),
        (lastCenti, share, p, d) => {
          const scheme = aScheme({ categories: [baseCategory([share, 100 - share])] });
          const m = run(scheme, lastCenti / 100, p, d);
          const category = m.yearCategories[0];
          const start = applyPercent(toCenti(lastCenti / 100), 20);
          expect(toCenti(category.sections[0].start) + toCenti(category.sections[1].start) + toCenti(category.start)).toBe(start);
          for (const [section, lost] of [
            [category.sections[0], 300 * p],
            [category.sections[1], 200 * d],
          ] as const) {
            expect(section.points).toBe(fromCenti(Math.max(0, toCenti(section.start) - lost)));
          }
          expect(m.total).toBe(
            fromCenti(toCenti(category.sections[0].points) + toCenti(category.sections[1].points) + toCenti(category.start)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses shares that add up to more than 100 %, or a share beside a start of its own', () => {
    expect(() => aScheme({ categories: [baseCategory([60, 50])] })).toThrow('各分项的 share 合计 110%，不能超过 100%');
    const withStart = baseCategory([50, 50]);
    withStart.sections![0].start = 5;
    expect(() => aScheme({ categories: [withStart] })).toThrow('按比例分得起始分（share）的分项不再单设起始分（start）');
  });
});
