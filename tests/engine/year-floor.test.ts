import { aMember, anEntry, memberOf, score } from '../support/scoring-mothers';
import { aScheme, anItem } from '../support/scheme-mothers';

/** 扣分后分值下限为“0”分: the year's floor carries the clause it comes from, and the trace cites it. */
const scheme = aScheme({
  categories: [
    { code: 'duties', name: '义务', scope: 'period', items: [anItem('duties.absent', { kind: 'fixed', value: -5 })], source: '测试' },
  ],
  yearTotal: { combine: { method: 'sum' }, floor: { value: 0, source: '本支部细则 第三条：扣分后分值下限为“0”分' } },
});

function run(absences: number) {
  const member = aMember();
  const entries = Array.from({ length: absences }, (_, i) => anEntry(member, `2026-${String(1 + i).padStart(2, '0')}-08`, 'duties.absent'));
  return memberOf(score(scheme, { asOf: '2026-12-31', members: [member], entries }), member);
}

describe('the year floor (yearTotal.floor) with its source', () => {
  it('raises a negative year to the floor and says where the floor comes from', () => {
    const m = run(3);
    expect(m.total).toBe(0);
    const line = m.trace.find((l) => l.rule === 'yearFloor')!;
    expect(line).toMatchObject({
      before: -15,
      points: 0,
      message: '年度积分最低 0 分（本支部细则 第三条：扣分后分值下限为“0”分）：-15 分 → 0 分',
    });
  });

  it('leaves a total at or above the floor alone, without a line', () => {
    const m = run(0);
    expect(m.total).toBe(0);
    expect(m.trace.some((l) => l.rule === 'yearFloor')).toBe(false);
  });
});
