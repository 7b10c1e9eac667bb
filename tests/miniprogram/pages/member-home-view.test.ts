import { memberHomeEmpty, memberHomeView } from '../../../miniprogram/pages/home/member-home-view';
import { officerHomeEmpty, officerHomeView } from '../../../miniprogram/pages/home/officer-home-view';
import { memberHome, olderMemberHome, secretaryHome } from '../fixtures/demo';

describe('the member’s home, as shown', () => {
  const view = memberHomeView(memberHome);

  it('shows this month, the quarter so far and the year, the quarter combined as the scheme combines the year', () => {
    // 001 averages its months: the quarter is the average of October and November (50 and 51), not their sum.
    expect(view.figures.map((f) => [f.label, f.value, f.note])).toEqual([
      ['本月', '51', '2026年11月'],
      ['本季度平均', '50.5', '10月+11月'],
      ['全年', '51.83', '各期平均'],
    ]);
    expect(view.yearRule).toBe('全年积分＝今年已计各月积分的平均分，加上全年计分的项目');
    const summing = memberHomeView({ ...memberHome, yearTotalRule: { combine: 'sum', text: '全年积分＝各月积分相加' } });
    expect(summing.figures[1]).toEqual({ label: '本季度累计', value: '101', note: '10月+11月' });
  });

  it('lists the period’s categories with signed item points, and year-scope categories apart', () => {
    expect(view.categories.map((c) => c.name)).toEqual(['履行党员义务积分', '志愿服务岗位贡献积分']);
    expect(view.categories[0].items).toEqual([{ code: 'duties.study.lateOrLeave', name: '学习迟到、早退、请假', points: '−2' }]);
    expect(view.yearCategories).toEqual([]);
    const older = memberHomeView(olderMemberHome);
    expect(older.yearCategories.map((c) => [c.name, c.points])).toEqual([['加分项', '2']]);
    expect(older.categories[1].items[0].name).toBe('设岗定责、依岗亮责（2 次）');
  });

  it('draws the months as bars, the current one marked', () => {
    expect(view.trend.map((b) => [b.label, b.value, b.current])).toEqual([
      ['9月', '54.5', false],
      ['10月', '50', false],
      ['11月', '51', true],
    ]);
    expect(view.trend[0].percent).toBe(55);
  });

  it('words a warning kindly, with what the member can do', () => {
    expect(view.notices).toHaveLength(1);
    expect(view.notices[0].title).toBe('提醒：诫勉谈话');
    expect(view.notices[0].text).toContain('积分还能提上来');
  });

  it('says the grade is a preview before the quota', () => {
    expect(view.grade?.name).toBe('不合格');
    expect(view.grade?.note).toContain('优秀名额');
  });

  it.each([
    [{ exempt: true }, '不纳入积分管理'],
    [{ scoringStarted: false, scoringFrom: '2026-12-01' }, '积分还没有开始'],
    [{ currentPeriod: null, periods: [] }, '今年还没有积分'],
  ])('has nothing to show when %o: “%s”', (change, title) => {
    expect(memberHomeEmpty({ ...memberHome, ...change })?.title).toBe(title);
  });
});

describe('the officer’s home, as shown', () => {
  it('counts the queue and names who reported nothing this period', () => {
    const view = officerHomeView(secretaryHome, '青石村党支部');
    expect(view.queueText).toBe('党员在等审核结果，请及时处理');
    expect(view.silent.map((m) => m.name)).toEqual(['徐丽华', '何长林', '高秀兰']);
    expect(view.silentText).toContain('18 名党员中，3 人');
  });

  it('has nothing to show for a branch without members', () => {
    expect(officerHomeEmpty({ ...secretaryHome, members: 0, membersWithoutReportsThisPeriod: [] })?.title).toBe('支部里还没有党员');
  });
});
