import fc from 'fast-check';
import { ScoringInputError } from '../../shared/engine';
import { aMember, anEntry, memberOf, score } from '../support/scoring-mothers';
import { aScheme, anItem } from '../support/scheme-mothers';

/**
 * Members' pledges (县工信局: 任务分，按照党员个人岗位职责和承诺事项进行赋分……每月赋分5-6分。根据评诺情况、
 * 履诺完成情况，计算出任务分): a monthly judgement within a range, of each member against their own pledge.
 */
const scheme = aScheme({
  categories: [
    {
      code: 'task',
      name: '任务分',
      scope: 'period',
      items: [anItem('task.pledge', { kind: 'pledge', min: 5, max: 6, step: 0.5 }, '履诺情况')],
      source: '本支部细则 三(一)2(2)',
    },
  ],
});

const PLEDGE = '全年走访联系服务对象 12 户，办结群众诉求 6 件';

function run(picks: (number | null)[], pledge: string | null = PLEDGE) {
  const member = aMember(pledge === null ? {} : { pledge });
  const entries = picks.flatMap((p, month) =>
    p === null ? [] : [anEntry(member, `2026-${String(month + 1).padStart(2, '0')}-28`, 'task.pledge', { points: p })],
  );
  return { member, result: () => memberOf(score(scheme, { asOf: '2026-12-31', members: [member], entries }), member) };
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScoringInputError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ScoringInputError');
}

describe('items judged against the member’s pledge (points kind "pledge")', () => {
  it('adds each month’s judgement within 5–6 and states the pledge at the top of the trace', () => {
    const m = run([5, 6, 5.5]).result();
    expect(m.total).toBe(16.5);
    expect(m.trace[0].message).toBe(`承诺事项：${PLEDGE}`);
  });

  it('refuses a judgement for a member without a pledge', () => {
    expect(problemsOf(run([5], null).result)).toEqual([
      'entries.0.member: 该党员没有承诺事项（members[].pledge），不能记“履诺情况”：此项按本人承诺评定',
    ]);
  });

  it('refuses a second judgement in the same month, and takes a reversed one replaced', () => {
    const member = aMember({ pledge: PLEDGE });
    const twice = [
      anEntry(member, '2026-03-05', 'task.pledge', { points: 5 }),
      anEntry(member, '2026-03-30', 'task.pledge', { points: 6 }),
    ];
    expect(problemsOf(() => score(scheme, { asOf: '2026-12-31', members: [member], entries: twice }))).toEqual([
      'entries.1.date: “履诺情况”每人每期只评定一次：该党员2026年3月已有一条（entries.0）',
    ]);
    const corrected = [
      anEntry(member, '2026-03-05', 'task.pledge', { id: 'a', points: 5 }),
      anEntry(member, '2026-03-31', 'task.pledge', { id: 'b', reverses: 'a', points: 5 }),
      anEntry(member, '2026-03-31', 'task.pledge', { points: 6 }),
    ];
    expect(memberOf(score(scheme, { asOf: '2026-12-31', members: [member], entries: corrected }), member).total).toBe(6);
  });

  it('refuses points outside the range or off its step, as a range item does', () => {
    expect(problemsOf(run([6.5]).result)).toEqual(['entries.0.points: 分值应在 5–6 分之间']);
    expect(problemsOf(run([5.25]).result)).toEqual(['entries.0.points: 分值应按 0.5 分递增']);
  });

  it('property: the year is the sum of the months’ judgements, each within the range', () => {
    const month = fc.option(fc.constantFrom<number>(5, 5.5, 6), { nil: null });
    fc.assert(
      fc.property(fc.array(month, { minLength: 12, maxLength: 12 }), (picks) => {
        const m = run(picks).result();
        const given = picks.filter((p): p is number => p !== null);
        expect(m.total).toBe(given.reduce((a, b) => a + b, 0));
        for (const period of m.periods) expect(period.total === 0 || (period.total >= 5 && period.total <= 6)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
