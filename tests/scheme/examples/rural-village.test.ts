import { toCenti } from '../../../shared/points';
import { checkExample, memberIn, scoreExample, totalsInCenti } from './load-example';

/** docs/examples/rural-village.md: 《农村党员积分管理办法》, results computed by hand there. */
describe('example: a village branch (农村党员积分管理办法)', () => {
  const { scheme, result } = scoreExample('rural-village');

  it('is a valid custom scheme: no seed, the workflow left to the documented defaults', () => {
    expect(scheme.source).toEqual({ title: '农村党员积分管理办法' });
    expect(scheme.workflow.publications.map((p) => p.every)).toEqual(['year']);
  });

  it('passes npm run scheme:check without a note', () => {
    expect(checkExample('rural-village')).toEqual({ code: 0, notes: [], stderr: '方案通过检查。\n' });
  });

  it('gives every member the total computed by hand (基础分 + 激励分)', () => {
    expect(totalsInCenti(result)).toEqual({ v1: 6000, v2: 4900, v3: 4000, v4: 4500, v5: 5100, v6: 5350 });
    expect(result.members.every((m) => m.grade === null && m.gradeNote === 'noGrading')).toBe(true);
  });

  it('floors each of the five aspects on its own (每项扣完为止): a lost aspect does not eat the others', () => {
    const aspects = (id: string) => memberIn(result, id).yearCategories[0].sections.map((s) => [s.code, toCenti(s.points)]);
    // 张德明: 12 absences and a late arrival, −12.5 on a 10-point aspect → 0; the other four keep 10.
    expect(aspects('v3')).toEqual([
      ['base.duty', 0],
      ['base.policy', 1000],
      ['base.labour', 1000],
      ['base.law', 1000],
      ['base.ethos', 1000],
    ]);
    // 赵桂兰: −15 on 带头弘扬正气 → 0; −5 on 带头遵纪守法 → 5.
    expect(aspects('v4')).toEqual([
      ['base.duty', 1000],
      ['base.policy', 1000],
      ['base.labour', 1000],
      ['base.law', 500],
      ['base.ethos', 0],
    ]);
    expect(memberIn(result, 'v3').trace.map((l) => l.message)).toContain('年度 带头履行义务 最低 0 分：-2.5 分 → 0 分');
  });

  it('counts half points exactly and drops a reversed deduction', () => {
    const v6 = memberIn(result, 'v6');
    expect(toCenti(v6.yearCategories[0].sections[0].points)).toBe(850);
    expect(toCenti(memberIn(result, 'v5').yearCategories[0].sections.find((s) => s.code === 'base.labour')!.points)).toBe(1000);
    expect(result.skippedEntries.reversed).toBe(2);
  });
});
