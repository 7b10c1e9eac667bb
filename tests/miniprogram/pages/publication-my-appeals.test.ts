import { provideServices } from '../../../miniprogram/services/services';
import { setNow } from '../../../miniprogram/common/clock';
import { fakeBackend, hold, offline, ok, refused } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile } from '../fixtures/demo';
import { AFTER_ANSWERS, lastYearOnly, myAppealsReply } from '../fixtures/my-appeals';
import { BRANCH_ID, ZHANG_WEI } from '../fixtures/publications';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const keepProfile = (profile: unknown, identity = 'demo-v03') => wxState.storage.set(`profile:${identity}`, profile);

describe('我的异议: the member’s appeals across periods (publications/appeals-mine)', () => {
  let id: string;
  beforeAll(() => {
    id = load('publications/appeals-mine/appeals-mine');
  });
  beforeEach(() => {
    resetWx();
    setNow(AFTER_ANSWERS);
  });
  afterEach(() => {
    provideServices(undefined);
    setNow(null);
  });

  it('shows “正在加载” while the appeals are on their way', async () => {
    const pending = hold();
    provideServices(fakeBackend({ 'publications.myAppeals': pending }).services);
    const page = render(id);
    await until(() => textOf(page).includes('正在加载'));
    pending.release(ok(myAppealsReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('each appeal newest first: period, what the member wrote, where it stands, the answer with who and when — for one call', async () => {
    const backend = fakeBackend({ 'publications.myAppeals': ok(myAppealsReply) });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'publications', action: 'myAppeals', data: {} }]);
    expect(textOf(pick(page, '.summary'))).toBe('共 4 条，1 条还在等待答复');

    const cards = pickAll(page, '.appeal').map((card) => textOf(card));
    expect(cards).toHaveLength(4);
    expect(cards[0]).toContain('2026年11月的公示');
    expect(cards[0]).toContain('等待答复 · 已超期');
    expect(cards[0]).toContain('12月5日提出');
    expect(cards[0]).toContain('11月的总分少了1分');
    expect(cards[0]).toContain('支部应在12月8日前答复，已经超过期限');

    expect(cards[1]).toContain('已答复 · 已采纳');
    expect(cards[1]).toContain('12月4日提出，附照片 1 张');
    expect(cards[1]).toContain('书记 王建国 12月5日答复');
    expect(cards[1]).toContain('已撤销缺席扣分');
    expect(cards[1]).toContain('积分已按您的异议更正');

    expect(cards[2]).toContain('2026年10月的公示');
    expect(cards[2]).toContain('已答复 · 未采纳');
    expect(cards[2]).toContain('书记 王建国 11月6日答复');
    expect(cards[2]).toContain('请在本月申报');

    expect(cards[3]).toContain('2025年12月的公示');
    expect(cards[3]).toContain('支部1月7日答复');
    expect(pick(page, '#appeal-ap-zhangwei-2026-11-b').dom!.className).toContain('appeal--overdue');

    await tap(page, '#appeal-ap-zhangwei-2026-10-a');
    expect(wxState.navigations).toEqual([
      { kind: 'navigateTo', url: `/publications/board/board?publication=${encodeURIComponent(`${BRANCH_ID}:2026-10`)}` },
    ]);
    expect(backend.calls).toHaveLength(1);
  });

  it('an appeal of last year shows its year on its dates', async () => {
    provideServices(fakeBackend({ 'publications.myAppeals': ok(lastYearOnly) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(pick(page, '.appeal'))).toContain('2025年12月30日提出');
    expect(textOf(pick(page, '.appeal'))).toContain('支部应在1月5日前答复，已经超过期限');
    expect(textOf(pick(page, '.summary'))).toBe('共 1 条，1 条还在等待答复');
  });

  it('empty: says how an appeal is made, and the button opens 公示栏', async () => {
    provideServices(fakeBackend({ 'publications.myAppeals': ok({ memberId: ZHANG_WEI, appeals: [], truncated: false }) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('2025年和2026年您没有提过异议');
    expect(textOf(page)).toContain('公示期内点“提出异议”');
    await tapButton(page, '.state-view', '.state__button');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/publications/list/list' }]);
  });

  it('a person bound in two branches: asked again with the member record the phone keeps', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({
      'publications.myAppeals': (data: unknown) =>
        (data as { memberId?: string }).memberId
          ? ok(myAppealsReply)
          : refused('FORBIDDEN', 'MEMBER_AMBIGUOUS', '您在多个支部有党员身份，请选择支部'),
    });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls.map((c) => c.data)).toEqual([{}, { memberId: ZHANG_WEI }]);
  });

  it('not bound: says so and the button goes to 绑定', async () => {
    provideServices(
      fakeBackend({ 'publications.myAppeals': refused('FORBIDDEN', 'NOT_BOUND', '请先用支部发放的邀请码绑定党员身份') }).services,
    );
    const page = render(id);
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('请先用支部发放的邀请码绑定党员身份');
    await tapButton(page, '.state-view', '.state__button');
    expect(wxState.navigations[0].url).toContain('/pages/bind/bind');
  });

  it('error: the server’s message with what to do, and “重试” loads again', async () => {
    const backend = fakeBackend({ 'publications.myAppeals': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试') });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('服务暂时不可用，请稍后再试');
    backend.answer('publications.myAppeals', ok(myAppealsReply));
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'ready');
  });

  it('offline: says so, and loads by itself when the phone is back online', async () => {
    const backend = fakeBackend({ 'publications.myAppeals': offline() });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('没有连上网络');
    backend.answer('publications.myAppeals', ok(myAppealsReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('more than 100: says where the older ones are', async () => {
    provideServices(fakeBackend({ 'publications.myAppeals': ok({ ...myAppealsReply, truncated: true }) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(pick(page, '.truncated'))).toContain('只列出最近的 100 条');
  });

  it('care mode: larger everything', async () => {
    wxState.storage.set('careMode', 'on');
    provideServices(fakeBackend({ 'publications.myAppeals': ok(myAppealsReply) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom!.getAttribute('style')).toContain('--scale:1.3;');
  });
});
