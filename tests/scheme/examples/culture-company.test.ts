import { toCenti } from '../../../shared/points';
import { checkExample, memberIn, scoreExample, totalsInCenti } from './load-example';

/** docs/examples/culture-company.md: 宏和文化传播有限公司党支部 2024 年办法, results computed by hand there. */
describe('example: a company branch (宏和文化传播有限公司党支部)', () => {
  const { scheme, result } = scoreExample('culture-company');

  it('is a valid custom scheme with its quarterly and year-end publications, open the default 7 days (the document names none)', () => {
    expect(scheme.source.seed).toBeUndefined();
    expect(scheme.workflow.publications.map((p) => [p.every, p.windowDays])).toEqual([
      ['quarter', 7],
      ['year', 7],
    ]);
  });

  it('passes npm run scheme:check with one note: the document’s 90-point line cannot be reached', () => {
    expect(checkExample('culture-company')).toEqual({
      code: 0,
      notes: ['- 提示 grading.bands.0.min: 试算中年度积分在 10 至 25 分之间，达不到“优秀党员推荐对象”的分数线 90 分'],
      stderr: '方案通过检查，有 1 条提示。\n',
    });
  });

  it('gives every member the total computed by hand (满分 25 = 10 + 6 + 9)', () => {
    expect(totalsInCenti(result)).toEqual({ c1: 2500, c2: 1600, c3: 1900, c4: 500, c5: 1800, c6: 2400 });
  });

  it('holds 主题党日 at its 6 points although its two items are worth 5 each', () => {
    const themeDay = (id: string) => toCenti(memberIn(result, id).yearCategories.find((c) => c.code === 'themeDay')!.points);
    expect([themeDay('c1'), themeDay('c2'), themeDay('c3'), themeDay('c5')]).toEqual([600, 500, 600, 500]);
  });

  it('counts an item once a year however often it is entered', () => {
    const item = (id: string, code: string) =>
      memberIn(result, id)
        .yearCategories.flatMap((c) => c.items)
        .find((i) => i.code === code)!;
    expect(item('c3', 'selfBuild.volunteer')).toMatchObject({ entries: 2, points: 4, counted: 2 });
    expect(item('c5', 'meetings.active')).toMatchObject({ entries: 2, points: 10, counted: 5 });
    expect(result.skippedEntries.reversed).toBe(4);
  });

  it('gives 全年缺席不多于1次 from the year’s absences, not by hand; a reversed absence does not count', () => {
    const attendance = (id: string) =>
      memberIn(result, id)
        .yearCategories.flatMap((c) => c.items)
        .find((i) => i.code === 'meetings.attendance')?.points ?? 0;
    expect(['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map(attendance)).toEqual([5, 0, 5, 0, 5, 5]);
    const lines = (id: string) =>
      memberIn(result, id)
        .trace.filter((l) => l.rule === 'countThreshold')
        .map((l) => l.message);
    expect(lines('c5')).toEqual([
      '全年缺席“三会一课”共 1 次，不多于 1 次：全年缺席“三会一课”不多于1次 加 5 分',
      '全年缺席主题党日活动共 0 次，不多于 1 次：全年缺席主题党日活动不多于1次 加 5 分',
    ]);
    expect(lines('c4')[0]).toBe('全年缺席“三会一课”共 3 次，多于 1 次：全年缺席“三会一课”不多于1次 不计分');
  });

  it('grades by the document’s own threshold: 90 of a possible 25, so nobody becomes an 优秀 candidate', () => {
    expect(result.members.map((m) => m.grade?.code)).toEqual(Array(6).fill('notCandidate'));
  });
});
