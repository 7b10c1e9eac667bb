import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile } from '../fixtures/demo';
import { myRedemptionsReply, statementReply } from '../fixtures/exchange';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;

describe('我的兑换 and 兑换积分明细 (exchange/mine)', () => {
  let id: string;
  beforeAll(() => {
    id = load('exchange/mine/mine');
  });
  beforeEach(() => {
    resetWx();
    wxState.storage.set('profile:demo-v03', memberProfile);
  });
  afterEach(() => provideServices(undefined));

  function open(replies: Record<string, Reply>, properties?: Record<string, unknown>) {
    const backend = fakeBackend(replies);
    provideServices(backend.services);
    return { page: render(id, properties), backend };
  }

  it('first screen in ONE call: my redemptions, newest first, waiting for hand-over or handed over', async () => {
    const { page, backend } = open({ 'exchange.myRedemptions': ok(myRedemptionsReply) });
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'exchange', action: 'myRedemptions', data: { offset: 0, limit: 20 } }]);
    expect(textOf(page)).toContain('共兑换 2 次');
    expect(textOf(page)).toContain('有 1 次还没领取');
    const rows = pickAll(page, '.line').map((r) => r.dom?.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toContain('毛巾');
    expect(rows[0]).toContain('等待领取：请到青石村党支部领取');
    expect(rows[1]).toContain('香皂 × 2');
    expect(rows[1]).toContain('已领取（1月6日，李秀英经手）');
    expect(rows[1]).toContain('5 积分');
  });

  it('the statement tab asks once, line by line: carried, earned, taken back, spent, and what earns nothing', async () => {
    const { page, backend } = open({ 'exchange.myRedemptions': ok(myRedemptionsReply), 'exchange.balanceStatement': ok(statementReply) });
    await until(() => stateOf(page) === 'ready');
    await tap(page, '#tab-statement');
    await until(() => stateOf(page) === 'ready' && textOf(page).includes('每一笔'));
    expect(backend.callsOf('exchange.balanceStatement')).toEqual([{ fn: 'exchange', action: 'balanceStatement', data: {} }]);
    expect(pick(page, '.sum__figure').dom?.textContent).toBe('17.5');
    // Each line's text with the spaces between its parts dropped: what | when | figure.
    const lines = pickAll(page, '.line').map((r) => r.dom?.textContent?.replace(/\s+/g, ''));
    expect(lines[0]).toBe('2025年没用完，转到今年上年结转+3');
    expect(lines[1]).toBe('兑换：香皂×21月5日−5');
    expect(lines).toContain('参加主题党日1月12日·记2分+2');
    expect(lines).toContain('撤回：志愿服务（每次）3月15日·这条积分被撤回，兑换积分一起扣回−0.5');
    expect(lines[lines.length - 1]).toBe('兑换：毛巾4月2日−5');
    expect(textOf(page)).toContain('另有 3 条积分记录');
    await tap(page, '#tab-redemptions');
    await tap(page, '#tab-statement');
    expect(backend.calls).toHaveLength(2);
  });

  it('opens on the statement when asked (?tab=statement): still one call', async () => {
    const { page, backend } = open({ 'exchange.balanceStatement': ok(statementReply) }, { tab: 'statement' });
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls.map((c) => c.action)).toEqual(['balanceStatement']);
  });

  it('loading, then empty: says where redemptions come from and leads to the exchange', async () => {
    const pending = hold();
    const { page } = open({ 'exchange.myRedemptions': pending });
    await until(() => stateOf(page) === 'loading');
    pending.release(ok({ total: 0, redemptions: [] }));
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('还没有兑换过');
    await tapButton(page, '.to-exchange');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/exchange/market/market' }]);
  });

  it('error and offline say what to do; offline comes back by itself', async () => {
    const { page, backend } = open({ 'exchange.myRedemptions': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用') });
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('请稍后点“重试”');
    backend.answer('exchange.myRedemptions', offline());
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('打开移动数据');
    backend.answer('exchange.myRedemptions', ok(myRedemptionsReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });
});
