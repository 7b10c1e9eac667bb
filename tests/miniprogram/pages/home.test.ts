import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberHome, memberProfile, secretaryHome, secretaryOwnHome, secretaryProfile } from '../fixtures/demo';

/** The profile kept on the phone after the first launch (session.ts), for the test identity. */
const keepProfile = (profile: unknown, identity = 'demo-v03') => wxState.storage.set(`profile:${identity}`, profile);
const stateOf = (page: Rendered) => (page.data as { state: string }).state;

describe('首页 (pages/home)', () => {
  let id: string;
  beforeAll(() => {
    id = load('pages/home/home');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('shows “正在加载” while the first call is on its way', async () => {
    const pending = hold();
    keepProfile(memberProfile);
    provideServices(fakeBackend({ 'home.memberHome': pending }).services);
    const page = render(id);
    await until(() => textOf(page).includes('正在加载'));
    expect(stateOf(page)).toBe('loading');
    pending.release(ok(memberHome));
    await until(() => stateOf(page) === 'ready');
  });

  it('a member: points of the month, quarter and year, stars, grade preview, trend and pending — for one call', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({ 'home.memberHome': ok(memberHome) });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    const text = textOf(page);
    expect(text).toContain('张伟，您好');
    expect(text).toMatch(/本月\s*51\s*分/);
    expect(text).toMatch(/本季度平均\s*50\.5\s*分/);
    expect(text).toContain('全年积分＝今年已计各月积分的平均分');
    expect(text).toMatch(/全年\s*51\.83\s*分/);
    expect(text).toContain('1 星');
    expect(text).toContain('预估等次不合格');
    expect(text).toContain('提醒：诫勉谈话');
    expect(text).toContain('没有等待审核的申报');
    expect(text).toContain('学习迟到、早退、请假−2');
    expect(pickAll(page, '.member-summary', '.points-trend', '.trend__column')).toHaveLength(3);
    expect(backend.calls).toEqual([{ fn: 'home', action: 'memberHome', data: { memberId: memberProfile.members[0].memberId } }]);
  });

  it('on the very first launch asks who the caller is once, keeps it, then loads the home', async () => {
    const backend = fakeBackend({ 'org.myProfile': ok(memberProfile), 'home.memberHome': ok(memberHome) });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls.map((c) => `${c.fn}.${c.action}`)).toEqual(['org.myProfile', 'home.memberHome']);
    expect(wxState.storage.get('profile:demo-v03')).toEqual(memberProfile);
  });

  it('a secretary: the queue and who reported nothing this month (secretaryHome of their branch), for one call', async () => {
    keepProfile(secretaryProfile, 'demo-v01');
    const backend = fakeBackend({ 'home.secretaryHome': ok(secretaryHome) }, 'demo-v01');
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    const text = textOf(page);
    expect(text).toContain('王建国，您好');
    expect(text).toContain('青石村党支部书记');
    expect(text).toMatch(/4\s*条待审核/);
    expect(text).toContain('2026年11月还没有申报的党员');
    expect(pickAll(page, '.officer-summary', '.silent__name').map((n) => n.dom?.textContent)).toEqual(['徐丽华', '何长林', '高秀兰']);
    expect(backend.calls).toEqual([{ fn: 'home', action: 'secretaryHome', data: { branchId: secretaryHome.branchId } }]);
  });

  it('a secretary’s tiles lead to 审核申报 (with how many wait) and 会议考勤; the waiting reports open the review too', async () => {
    keepProfile(secretaryProfile, 'demo-v01');
    provideServices(fakeBackend({ 'home.secretaryHome': ok(secretaryHome) }, 'demo-v01').services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '#entry-review').dom?.textContent).toContain('4 条等您审核');
    expect(pick(page, '#entry-attendance').dom?.textContent).toContain('会议考勤');
    await tap(page, '#entry-attendance');
    await tap(page, '.officer-summary', '#queue');
    expect(wxState.navigations).toEqual([
      { kind: 'navigateTo', url: '/officer/attendance/attendance' },
      { kind: 'navigateTo', url: '/officer/review/review' },
    ]);
  });

  it('the exchange (志愿服务超市) has a tile: 积分兑换 for a member, 兑换领取 for a secretary', async () => {
    keepProfile(memberProfile);
    provideServices(fakeBackend({ 'home.memberHome': ok(memberHome) }).services);
    const member = render(id);
    await until(() => stateOf(member) === 'ready');
    await tap(member, '#entry-exchange');
    keepProfile(secretaryProfile, 'demo-v01');
    provideServices(fakeBackend({ 'home.secretaryHome': ok(secretaryHome) }, 'demo-v01').services);
    const secretary = render(id);
    await until(() => stateOf(secretary) === 'ready');
    await tap(secretary, '#entry-exchangeHandOver');
    expect(wxState.navigations).toEqual([
      { kind: 'navigateTo', url: '/exchange/market/market' },
      { kind: 'navigateTo', url: '/exchange/handover/handover' },
    ]);
  });

  it('a member’s home leads with 申报积分 above the figures; a secretary’s branch tab does not', async () => {
    keepProfile(memberProfile);
    provideServices(fakeBackend({ 'home.memberHome': ok(memberHome) }).services);
    const member = render(id);
    await until(() => stateOf(member) === 'ready');
    const text = textOf(member);
    expect(text).toContain('＋ 申报积分');
    expect(text.indexOf('＋ 申报积分')).toBeLessThan(text.indexOf('本月'));
    await tap(member, '#quick-report');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/member/report/report' }]);
    keepProfile(secretaryProfile, 'demo-v01');
    provideServices(fakeBackend({ 'home.secretaryHome': ok(secretaryHome) }, 'demo-v01').services);
    const secretary = render(id);
    await until(() => stateOf(secretary) === 'ready');
    expect(pickAll(secretary, '#quick-report')).toHaveLength(0);
  });

  it('a secretary who is also a member switches to “我的积分”: one more call, and back costs none', async () => {
    keepProfile(secretaryProfile, 'demo-v01');
    const backend = fakeBackend({ 'home.secretaryHome': ok(secretaryHome), 'home.memberHome': ok(secretaryOwnHome) }, 'demo-v01');
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(pickAll(page, '.tabs__item').map((t) => t.dom?.textContent?.trim())).toEqual(['支部工作', '我的积分']);
    await tap(page, '#tab-mine');
    await until(() => textOf(page).includes('本月'));
    expect(textOf(page)).not.toContain('条待审核');
    await tap(page, '#tab-branch');
    await until(() => textOf(page).includes('条待审核'));
    expect(backend.calls.map((c) => c.action)).toEqual(['secretaryHome', 'memberHome']);
  });

  it('empty: an exempt member is told why there are no points, and whom to ask', async () => {
    keepProfile(memberProfile);
    provideServices(fakeBackend({ 'home.memberHome': ok({ ...memberHome, exempt: true }) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('不纳入积分管理');
    expect(textOf(page)).toContain('请联系支部书记');
  });

  it('error: the server’s message with what to do, and “重试” loads again', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({ 'home.memberHome': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试') });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('没能打开');
    expect(textOf(page)).toContain('服务暂时不可用，请稍后再试');
    backend.answer('home.memberHome', ok(memberHome));
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'ready');
    expect(backend.callsOf('home.memberHome')).toHaveLength(2);
  });

  it('offline: says so, and loads by itself when the phone is back online', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({ 'home.memberHome': offline() });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('没有连上网络');
    expect(textOf(page)).toContain('打开移动数据');
    backend.answer('home.memberHome', ok(memberHome));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('51.83');
  });

  it('someone not yet bound is sent to the bind page', async () => {
    provideServices(fakeBackend({ 'org.myProfile': ok({ roles: [], members: [] }) }, 'dev-newcomer').services);
    render(id);
    await until(() => wxState.navigations.length > 0);
    expect(wxState.navigations).toEqual([{ kind: 'reLaunch', url: '/pages/bind/bind' }]);
  });

  it('a kept profile that is out of date (unbound since) is asked again before anything is shown', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({
      'home.memberHome': refused('FORBIDDEN', 'NOT_BOUND', '请先用支部发放的邀请码绑定党员身份'),
      'org.myProfile': ok({ roles: [], members: [] }),
    });
    provideServices(backend.services);
    render(id);
    await until(() => wxState.navigations.length > 0);
    expect(backend.calls.map((c) => c.action)).toEqual(['memberHome', 'myProfile']);
    expect(wxState.navigations).toEqual([{ kind: 'reLaunch', url: '/pages/bind/bind' }]);
  });

  it('the 大字 switch at the top turns care mode on for the page at once, and remembers it', async () => {
    keepProfile(memberProfile);
    provideServices(fakeBackend({ 'home.memberHome': ok(memberHome) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    const root = () => pick(page, '.page').dom!;
    expect(root().getAttribute('style')).toContain('--scale:1;');
    expect(pick(page, '#care-toggle').dom?.textContent).toContain('关');
    await tap(page, '#care-toggle');
    await until(() => root().className.includes('page--care'));
    expect(root().getAttribute('style')).toContain('--scale:1.3;');
    expect(pick(page, '.member-summary', '.summary').dom!.className).toContain('summary--care');
    expect(pick(page, '#care-toggle').dom?.textContent).toContain('开');
    expect(wxState.storage.get('careMode')).toBe('on');
    expect(wxState.toasts).toEqual(['已打开大字模式']);
  });

  it('starts in care mode when the phone’s WeChat font is enlarged, larger still for a larger font', async () => {
    wxState.fontSizeSetting = 22;
    keepProfile(memberProfile);
    provideServices(fakeBackend({ 'home.memberHome': ok(memberHome) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom!.className).toContain('page--care');
    expect(pick(page, '.page').dom!.getAttribute('style')).toContain('--scale:1.6;');
  });

  it('pull-down refresh asks again and stops the spinner', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({ 'home.memberHome': ok(memberHome) });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    await (page.instance as unknown as { onPullDownRefresh(): Promise<void> }).onPullDownRefresh();
    expect(backend.callsOf('home.memberHome')).toHaveLength(2);
    expect(wxState.pullDownStopped).toBe(1);
  });
});
