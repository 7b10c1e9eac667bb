import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import { BRANCH_ID, handedOverReply, handOverQueueReply } from '../fixtures/exchange';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const noticeOf = (page: Rendered) => pick(page, '.notice').dom?.textContent?.replace(/\s+/g, ' ') ?? '';
const handedOver = (ids: string[]) => ok({ redemptions: handOverQueueReply.redemptions.filter((r) => ids.includes(r.redemptionId)) });

describe('领取登记 (exchange/handover)', () => {
  let id: string;
  beforeAll(() => {
    id = load('exchange/handover/handover');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  function open(replies: Record<string, Reply>, profile: unknown = secretaryProfile) {
    wxState.storage.set('profile:demo-v01', profile);
    const backend = fakeBackend(replies, 'demo-v01');
    provideServices(backend.services);
    return { page: render(id), backend };
  }

  async function openReady(replies: Record<string, Reply> = {}) {
    const opened = open({ 'exchange.handOverQueue': ok(handOverQueueReply), ...replies });
    await until(() => stateOf(opened.page) === 'ready');
    return opened;
  }

  it('first screen in ONE call: the branch’s redemptions waiting for their goods, oldest first', async () => {
    const { page, backend } = await openReady();
    expect(backend.calls).toEqual([
      { fn: 'exchange', action: 'handOverQueue', data: { branchId: BRANCH_ID, status: 'awaiting', offset: 0, limit: 50 } },
    ]);
    expect(textOf(page)).toContain('2 条等待领取');
    expect(pick(page, '#row-red-0101').dom?.textContent).toContain('刘芳');
    expect(pick(page, '#row-red-0101').dom?.textContent).toContain('毛巾');
    expect(pick(page, '#row-red-0102').dom?.textContent).toContain('香皂 × 2');
    expect(textOf(page)).toContain('先点选已交给党员的');
  });

  it('hands over two at once after a dialog naming them; they leave the list and the page says so', async () => {
    const { page, backend } = await openReady({ 'exchange.markHandedOver': handedOver(['red-0101', 'red-0102']) });
    await tap(page, '#row-red-0101');
    await tap(page, '#row-red-0102');
    expect(textOf(page)).toContain('登记已领取（2 条）');
    await tapButton(page, '.hand-over');
    await until(() => backend.callsOf('exchange.markHandedOver').length === 1);
    expect(wxState.modals).toEqual([{ title: '登记已领取', content: '刘芳：毛巾；张伟：香皂 × 2。这些物品都已交到本人手里了吗？' }]);
    expect(backend.callsOf('exchange.markHandedOver')[0].data).toEqual({ redemptionIds: ['red-0101', 'red-0102'] });
    await until(() => stateOf(page) === 'empty');
    expect(noticeOf(page)).toContain('已登记 2 条领取');
    expect(textOf(page)).toContain('没有等待领取的物品');
  });

  it('全选 picks every row; “不了” in the dialog registers nothing', async () => {
    wxState.modalConfirms = false;
    const { page, backend } = await openReady();
    await tapButton(page, '.select-all');
    expect((page.data as { selectedCount: number }).selectedCount).toBe(2);
    await tapButton(page, '.hand-over');
    await until(() => wxState.modals.length === 1);
    expect(backend.callsOf('exchange.markHandedOver')).toEqual([]);
  });

  it('refuses one’s own redemption with the server’s next step; the choice stays', async () => {
    const { page } = await openReady({
      'exchange.markHandedOver': refused('FORBIDDEN', 'SELF_HANDOVER', '不能为本人的兑换登记领取，请由支部其他负责人登记'),
    });
    await tap(page, '#row-red-0102');
    await tapButton(page, '.hand-over');
    await until(() => noticeOf(page).includes('不能给自己登记'));
    expect(noticeOf(page)).toContain('请由支部其他负责人登记');
    expect((page.data as { selectedCount: number }).selectedCount).toBe(1);
  });

  it('no network: nothing registered, the choice kept, and a second tap sends it', async () => {
    const { page, backend } = await openReady({ 'exchange.markHandedOver': offline() });
    await tap(page, '#row-red-0101');
    await tapButton(page, '.hand-over');
    await until(() => noticeOf(page).includes('还没有登记'));
    setOnline(true);
    backend.answer('exchange.markHandedOver', handedOver(['red-0101']));
    await tapButton(page, '.hand-over');
    await until(() => noticeOf(page).includes('已登记 1 条领取'));
    expect(textOf(page)).toContain('1 条等待领取');
  });

  it('已领取 shows who handed what over and when (one more call)', async () => {
    const { page, backend } = await openReady();
    backend.answer('exchange.handOverQueue', (data: unknown) =>
      ok((data as { status: string }).status === 'handedOver' ? handedOverReply : handOverQueueReply),
    );
    await tap(page, '#status-handedOver');
    await until(() => stateOf(page) === 'ready' && textOf(page).includes('已领取 1 条'));
    expect(textOf(page)).toContain('已领取（4月2日，王建国经手）');
    expect(backend.calls).toHaveLength(2);
  });

  it('loading, empty, error, offline; a member who is no officer is told who registers', async () => {
    const pending = hold();
    const first = open({ 'exchange.handOverQueue': pending });
    await until(() => stateOf(first.page) === 'loading');
    pending.release(ok({ total: 0, redemptions: [] }));
    await until(() => stateOf(first.page) === 'empty');
    expect(textOf(first.page)).toContain('没有等待领取的物品');

    const failing = open({ 'exchange.handOverQueue': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用') });
    await until(() => stateOf(failing.page) === 'error');
    expect(textOf(failing.page)).toContain('请稍后点“重试”');

    const away = open({ 'exchange.handOverQueue': offline() });
    await until(() => stateOf(away.page) === 'offline');
    expect(textOf(away.page)).toContain('没有连上网络');

    const member = open({}, memberProfile);
    await until(() => stateOf(member.page) === 'empty');
    expect(textOf(member.page)).toContain('只有书记和记分员能登记领取');
    expect(member.backend.calls).toEqual([]);
  });

  it('leads to the catalogue’s upkeep', async () => {
    const { page } = await openReady();
    await tapButton(page, '.to-items');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/exchange/items/items' }]);
  });
});
