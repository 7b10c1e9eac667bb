import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile } from '../fixtures/demo';
import { catalogueReply, closedCatalogue, soapRedeemed } from '../fixtures/exchange';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const noticeOf = (page: Rendered) => pick(page, '.notice').dom?.textContent?.replace(/\s+/g, ' ') ?? '';
const SOAP = '#item-item-soap-0001';

describe('积分兑换 (exchange/market)', () => {
  let id: string;
  beforeAll(() => {
    id = load('exchange/market/market');
  });
  beforeEach(() => {
    resetWx();
    wxState.storage.set('profile:demo-v03', memberProfile);
  });
  afterEach(() => provideServices(undefined));

  function open(replies: Record<string, Reply>) {
    const backend = fakeBackend(replies);
    provideServices(backend.services);
    return { page: render(id), backend };
  }

  async function openReady(replies: Record<string, Reply> = {}) {
    const opened = open({ 'exchange.catalogue': ok(catalogueReply), ...replies });
    await until(() => stateOf(opened.page) === 'ready');
    return opened;
  }

  it('first screen in ONE call: the balance and how it comes about, today’s window, the items with stock, the rules', async () => {
    const { page, backend } = await openReady();
    expect(backend.calls).toEqual([{ fn: 'exchange', action: 'catalogue', data: {} }]);
    const text = textOf(page);
    expect(pick(page, '.balance__figure').dom?.textContent).toBe('17.5');
    expect(text).toContain('上年结转 3，2026年得到 24.5，已兑换 10');
    expect(text).toContain('今天可以兑换，到 4月10日为止');
    expect(pick(page, SOAP).dom?.textContent).toContain('2.5 积分');
    expect(pick(page, SOAP).dom?.textContent).toContain('还有 12 件');
    expect(pick(page, '#item-item-thermos-0003').dom?.textContent).toContain('城关镇党委提供');
    expect(pick(page, '#item-item-thermos-0003').dom?.textContent).toContain('已经兑完了，等支部补货');
    expect(pick(page, '#item-item-towel-0002').dom?.textContent).toContain('积分不够，还差 2.5 积分');
    expect(text).toContain('哪些积分能兑换：全部加分，1 分换 1 个兑换积分');
    expect(text).toContain('兑换时间：每季度开头的 10 天');
    expect(text).toContain('今年没用完的兑换积分，明年还能用');
  });

  it('shows loading while the call is on its way', async () => {
    const pending = hold();
    const { page } = open({ 'exchange.catalogue': pending });
    await until(() => stateOf(page) === 'loading');
    expect(textOf(page)).toContain('正在加载');
    pending.release(ok(catalogueReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('empty catalogue: the balance stays, and says items will appear here', async () => {
    const { page } = open({ 'exchange.catalogue': ok({ ...catalogueReply, items: [] }) });
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('还没有可以兑换的物品');
    expect(pick(page, '.balance__figure').dom?.textContent).toBe('17.5');
  });

  it('a scheme without exchange says so kindly, with no retry button', async () => {
    const { page } = open({ 'exchange.catalogue': refused('CONFLICT', 'EXCHANGE_OFF', '本支部2026年的积分方案不开展积分兑换') });
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('本支部今年不开展积分兑换');
    expect(textOf(page)).toContain('积分照常记录');
    expect(textOf(page)).not.toContain('重试');
  });

  it('error: says what to do, and 重试 asks again', async () => {
    const { page, backend } = open({ 'exchange.catalogue': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用') });
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('请稍后点“重试”');
    backend.answer('exchange.catalogue', ok(catalogueReply));
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'ready');
  });

  it('offline: says to turn the network on, and comes back by itself when it is', async () => {
    const { page, backend } = open({ 'exchange.catalogue': offline() });
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('没有连上网络');
    backend.answer('exchange.catalogue', ok(catalogueReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('redeems after a dialog that says the cost and the balance after; the page shows the new balance and stock', async () => {
    const { page, backend } = await openReady({ 'exchange.redeem': ok(soapRedeemed) });
    await tap(page, `${SOAP} .redeem`);
    await until(() => backend.callsOf('exchange.redeem').length === 1);
    expect(wxState.modals).toEqual([
      { title: '确认兑换', content: '兑换“香皂”1 件，用 2.5 积分。兑换后还剩 15 积分。兑换后请到青石村党支部领取。' },
    ]);
    const sent = backend.callsOf('exchange.redeem')[0].data as { itemId: string; price: number; quantity: number; idempotencyKey: string };
    expect(sent).toMatchObject({ itemId: 'item-soap-0001', price: 2.5, quantity: 1 });
    expect(sent.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    await until(() => noticeOf(page).includes('兑换成功'));
    expect(noticeOf(page)).toContain('用了 2.5 积分，还剩 15 积分。请到青石村党支部领取');
    expect(pick(page, '.balance__figure').dom?.textContent).toBe('15');
    expect(pick(page, SOAP).dom?.textContent).toContain('还有 11 件');
    expect(backend.callsOf('exchange.catalogue')).toHaveLength(1);
  });

  it('“不了” in the dialog redeems nothing', async () => {
    wxState.modalConfirms = false;
    const { page, backend } = await openReady();
    await tap(page, `${SOAP} .redeem`);
    await until(() => wxState.modals.length === 1);
    expect(backend.callsOf('exchange.redeem')).toEqual([]);
  });

  it('an item out of stock or beyond the balance asks nothing and calls nothing: it says why', async () => {
    const { page, backend } = await openReady();
    await tap(page, '#item-item-towel-0002 .redeem');
    expect(wxState.modals).toEqual([]);
    expect(backend.calls).toHaveLength(1);
    expect(noticeOf(page)).toContain('“毛巾”现在不能兑换');
    expect(noticeOf(page)).toContain('积分不够，还差 2.5 积分');
  });

  it('a retry after the network dropped sends the SAME key (never spends twice); the next redemption a new one', async () => {
    const { page, backend } = await openReady({ 'exchange.redeem': offline() });
    await tap(page, `${SOAP} .redeem`);
    await until(() => noticeOf(page).includes('不知道这次兑换有没有办成'));
    expect(noticeOf(page)).toContain('办成了的不会再扣积分');
    setOnline(true);
    backend.answer('exchange.redeem', refused('CONFLICT', 'EXCHANGE_BUSY', '兑换的人较多，请稍后再试'));
    await tap(page, `${SOAP} .redeem`);
    await until(() => noticeOf(page).includes('兑换的人多，没办成'));
    expect(noticeOf(page)).toContain('请等半分钟再点“兑换”，不会重复扣积分');
    backend.answer('exchange.redeem', ok(soapRedeemed));
    await tap(page, `${SOAP} .redeem`);
    await until(() => noticeOf(page).includes('兑换成功'));
    backend.answer('exchange.redeem', ok({ ...soapRedeemed, stock: 10 }));
    await tap(page, `${SOAP} .redeem`);
    await until(() => backend.callsOf('exchange.redeem').length === 4);
    const keys = backend.callsOf('exchange.redeem').map((c) => (c.data as { idempotencyKey: string }).idempotencyKey);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it.each([
    [
      'EXCHANGE_WINDOW_CLOSED',
      'PERIOD_CLOSED',
      '现在不是兑换时间，下次兑换时间为 2026-07-01 至 2026-07-10',
      '现在不能兑换',
      '到了兑换时间再来点“兑换”',
    ],
    ['EXCHANGE_BALANCE_LOW', 'CONFLICT', '兑换积分不足：需要 2.5 分，可用 1 分', '兑换积分不够', '攒够了再来兑换'],
    ['EXCHANGE_OUT_OF_STOCK', 'CONFLICT', '“香皂”库存不足，现有 0 件', '库存不够了', '可以先换别的物品，或等支部补货后再来'],
    ['EXCHANGE_PRICE_CHANGED', 'CONFLICT', '“香皂”的兑换积分已调整为 3 分，请确认后再兑换', '兑换积分变了', '看清楚后再点“兑换”'],
  ])('%s: says what happened and what to do next, and shows the catalogue as it is now', async (reason, code, message, title, next) => {
    const { page, backend } = await openReady({ 'exchange.redeem': refused(code, reason, message) });
    backend.answer('exchange.catalogue', ok(closedCatalogue));
    await tap(page, `${SOAP} .redeem`);
    await until(() => noticeOf(page).includes(title));
    expect(noticeOf(page)).toContain(next);
    expect(noticeOf(page)).toContain(message.replace(/，请确认后再兑换$/, ''));
    await until(() => backend.callsOf('exchange.catalogue').length === 2);
    await until(() => textOf(page).includes('现在不是兑换时间。下次兑换：7月1日至7月10日'));
    expect(pick(page, SOAP).dom?.textContent).toContain('7月1日起可以兑换');
    expect(noticeOf(page)).toContain(title);
  });

  it('links to my redemptions and to the statement', async () => {
    const { page } = await openReady();
    await tapButton(page, '.to-mine');
    await tapButton(page, '.to-statement');
    expect(wxState.navigations).toEqual([
      { kind: 'navigateTo', url: '/exchange/mine/mine' },
      { kind: 'navigateTo', url: '/exchange/mine/mine?tab=statement' },
    ]);
  });
});
