import { toCenti } from '../../../shared/points';
import { checkExample, memberIn, scoreExample, totalsInCenti } from './load-example';

/** docs/examples/foreign-affairs-office.md: 市外办机关党员积分制管理办法（试行）, results computed by hand there. */
describe('example: an office branch (市外办机关党组织)', () => {
  const { scheme, result } = scoreExample('foreign-affairs-office');

  it('is a valid custom scheme: base 60, no ceiling, a floor at 0', () => {
    expect(scheme.yearTotal).toMatchObject({
      base: { kind: 'fixed', value: 60 },
      floor: { value: 0, source: '第三条：扣分后分值下限为“0”分' },
    });
    expect(scheme.yearTotal.ceiling).toBeUndefined();
  });

  it('passes npm run scheme:check without a note', () => {
    expect(checkExample('foreign-affairs-office')).toEqual({ code: 0, notes: [], stderr: '方案通过检查。\n' });
  });

  it('gives every member the total computed by hand (基础分 60 + 加分)', () => {
    expect(totalsInCenti(result)).toEqual({ o1: 8000, o2: 8700, o3: 6400, o4: 6000, o5: 7400, o6: 7400 });
  });

  it('shows the quarters computed by hand', () => {
    const quarters = (id: string) => memberIn(result, id).periods.map((p) => toCenti(p.total));
    expect(quarters('o1')).toEqual([400, 600, 400, 600]);
    expect(quarters('o2')).toEqual([300, 1300, 400, 700]);
    expect(quarters('o5')).toEqual([200, 600, 300, 300]);
    expect(quarters('o6')).toEqual([300, 200, 200, 700]);
    expect(result.members.map((m) => toCenti(m.base))).toEqual(Array(6).fill(6000));
  });

  it('values training by its level and counts the 再增加 items on top', () => {
    const item = (id: string, code: string) =>
      memberIn(result, id)
        .periods.flatMap((p) => p.categories.flatMap((c) => c.items))
        .filter((i) => i.code === code)
        .reduce((sum, i) => sum + toCenti(i.counted), 0);
    expect(item('o2', 'activities.training')).toBe(300);
    expect(item('o5', 'activities.training')).toBe(200);
    expect(item('o1', 'activities.articleAward')).toBe(300);
    expect(item('o2', 'activities.microTalkCity')).toBe(300);
    expect(result.skippedEntries.reversed).toBe(2);
  });
});
