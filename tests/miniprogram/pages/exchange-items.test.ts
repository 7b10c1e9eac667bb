import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { typeInto } from '../support/type-into';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import { BRANCH_ID, listItemsReply } from '../fixtures/exchange';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const modeOf = (page: Rendered) => (page.data as { mode: string }).mode;
const [soap, towel, oil] = listItemsReply.items;
type Sent = Record<string, unknown>;
const sentOf = (backend: ReturnType<typeof fakeBackend>, name: string, at = 0) => backend.callsOf(name)[at].data as Sent;

describe('兑换物品 (exchange/items)', () => {
  let id: string;
  beforeAll(() => {
    id = load('exchange/items/items');
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
    const opened = open({ 'exchange.listItems': ok(listItemsReply), ...replies });
    await until(() => stateOf(opened.page) === 'ready');
    return opened;
  }

  it('first screen in ONE call: every item with its stock explained, retired ones last', async () => {
    const { page, backend } = await openReady();
    expect(backend.calls).toEqual([{ fn: 'exchange', action: 'listItems', data: { orgId: BRANCH_ID, includeRetired: true } }]);
    expect(pick(page, `#item-${soap.itemId}`).dom?.textContent).toContain('库存 12 件');
    expect(pick(page, `#item-${towel.itemId}`).dom?.textContent).toContain('共进 5 件，已兑换 1 件，出库 1 件');
    expect(pick(page, `#item-${oil.itemId}`).dom?.textContent).toContain('已下架，党员看不到');
    expect(pick(page, `#item-${oil.itemId}`).dom?.textContent).toContain('重新上架');
  });

  it('adds an item with a picture uploaded under the folder listItems names; a retry after no network sends the same key', async () => {
    const { page, backend } = await openReady({ 'exchange.addItem': offline() });
    await tapButton(page, '.add');
    await typeInto(page, '洗衣粉', '#name');
    await typeInto(page, '2 斤装', '#note');
    await typeInto(page, '6.5', '#price');
    await typeInto(page, '8', '#stock');
    wxState.pickedMedia.push(['wxfile://tmp/soap-powder.png']);
    await tap(page, '.pick-picture');
    await until(() => backend.uploads.length === 1);
    expect(backend.uploads[0].cloudPath).toMatch(/^exchange\/demo-v01\/item-[a-z0-9-]+\.png$/);
    expect(backend.uploads[0].filePath).toBe('wxfile://tmp/soap-powder.png');
    await tapButton(page, '.save');
    await until(() => textOf(page).includes('没有连上网络，还没有保存'));
    expect(modeOf(page)).toBe('form');
    setOnline(true);
    const added = { ...soap, itemId: 'item-new-0005', name: '洗衣粉', note: '2 斤装', price: 6.5, stock: 8, supplied: 8, redeemed: 0 };
    backend.answer('exchange.addItem', ok(added));
    await tapButton(page, '.save');
    await until(() => modeOf(page) === 'list');
    const [first, second] = [sentOf(backend, 'exchange.addItem', 0), sentOf(backend, 'exchange.addItem', 1)];
    expect(first).toMatchObject({
      orgId: BRANCH_ID,
      name: '洗衣粉',
      note: '2 斤装',
      price: 6.5,
      stock: 8,
      picture: `cloud://test-env.test-bucket/${backend.uploads[0].cloudPath}`,
    });
    expect(second.idempotencyKey).toBe(first.idempotencyKey);
    expect(textOf(page)).toContain('已上架“洗衣粉”：6.5 积分一件，库存 8 件');
    expect(pick(page, '#item-item-new-0005').dom?.textContent).toContain('洗衣粉');
  });

  it('checks the form on the phone first: no name, no price, a bad number — no call, and says what to write', async () => {
    const { page, backend } = await openReady();
    await tapButton(page, '.add');
    await tapButton(page, '.save');
    expect(textOf(page)).toContain('请填写物品名称');
    await typeInto(page, '香皂', '#name');
    await typeInto(page, '0', '#price');
    await tapButton(page, '.save');
    expect(textOf(page)).toContain('请填写兑换积分：大于 0 的数');
    await typeInto(page, '2.555', '#price');
    await tapButton(page, '.save');
    expect(textOf(page)).toContain('最多两位小数');
    expect(backend.calls).toHaveLength(1);
  });

  it('a refused picture says so and the form keeps what was typed', async () => {
    const { page, backend } = await openReady();
    await tapButton(page, '.add');
    await typeInto(page, '毛毯', '#name');
    backend.failNextUpload('refused');
    wxState.pickedMedia.push(['wxfile://tmp/blanket.jpg']);
    await tap(page, '.pick-picture');
    await until(() => textOf(page).includes('服务器不接受这个文件'));
    expect((page.data as { form: { name: string; picture: string } }).form).toMatchObject({ name: '毛毯', picture: '' });
  });

  it('edits the name and price (no stock in the form)', async () => {
    const { page, backend } = await openReady({ 'exchange.editItem': ok({ ...soap, price: 3 }) });
    await tap(page, `#item-${soap.itemId} .edit`);
    expect(() => pick(page, '#stock')).toThrow();
    await typeInto(page, '3', '#price');
    await tapButton(page, '.save');
    await until(() => modeOf(page) === 'list');
    expect(sentOf(backend, 'exchange.editItem')).toEqual({
      itemId: soap.itemId,
      name: '香皂',
      note: '每块 100 克',
      picture: null,
      price: 3,
    });
    expect(textOf(page)).toContain('以后的兑换按 3 积分一件');
  });

  it('restocks in and takes out; taking out more than there is says how many there are', async () => {
    const { page, backend } = await openReady({ 'exchange.restockItem': ok({ ...towel, stock: 13, supplied: 15 }) });
    await tap(page, `#item-${towel.itemId} .stock`);
    await typeInto(page, '10', '#count');
    await typeInto(page, '街道捐赠', '#stock-note');
    await tapButton(page, '.stock-save');
    await until(() => modeOf(page) === 'list');
    expect(sentOf(backend, 'exchange.restockItem')).toMatchObject({ itemId: towel.itemId, change: 10, note: '街道捐赠' });
    expect(textOf(page)).toContain('“毛巾”补货 10 件，现在库存 13 件');

    backend.answer('exchange.restockItem', refused('CONFLICT', 'EXCHANGE_STOCK_SHORT', '“毛巾”现有 13 件，不能减少 20 件'));
    await tap(page, `#item-${towel.itemId} .stock`);
    await tap(page, '#direction-out');
    await typeInto(page, '20', '#count');
    await tapButton(page, '.stock-save');
    await until(() => textOf(page).includes('现有 13 件，不能减少 20 件'));
    expect(sentOf(backend, 'exchange.restockItem', 1)).toMatchObject({ change: -20 });
  });

  it('retires after asking, and puts a retired item back without asking', async () => {
    const { page, backend } = await openReady({ 'exchange.retireItem': ok({ ...soap, status: 'retired' }) });
    await tap(page, `#item-${soap.itemId} .retire`);
    await until(() => textOf(page).includes('已下架“香皂”'));
    expect(wxState.modals[0].title).toBe('下架物品');
    expect(sentOf(backend, 'exchange.retireItem')).toEqual({ itemId: soap.itemId, retired: true });
    backend.answer('exchange.retireItem', ok({ ...oil, status: 'active' }));
    await tap(page, `#item-${oil.itemId} .retire`);
    await until(() => textOf(page).includes('“食用油”已重新上架'));
    expect(wxState.modals).toHaveLength(1);
    expect(sentOf(backend, 'exchange.retireItem', 1)).toEqual({ itemId: oil.itemId, retired: false });
  });

  it('loading, empty (with the add button), error, offline; a member who is no officer is told who keeps it', async () => {
    const pending = hold();
    const first = open({ 'exchange.listItems': pending });
    await until(() => stateOf(first.page) === 'loading');
    pending.release(ok({ ...listItemsReply, items: [] }));
    await until(() => stateOf(first.page) === 'empty');
    expect(textOf(first.page)).toContain('还没有兑换物品');
    expect(textOf(first.page)).toContain('上架新物品');

    const failing = open({ 'exchange.listItems': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用') });
    await until(() => stateOf(failing.page) === 'error');
    expect(textOf(failing.page)).toContain('请稍后点“重试”');

    const away = open({ 'exchange.listItems': offline() });
    await until(() => stateOf(away.page) === 'offline');

    const member = open({}, memberProfile);
    await until(() => stateOf(member.page) === 'empty');
    expect(textOf(member.page)).toContain('只有书记和记分员能管理兑换物品');
    expect(member.backend.calls).toEqual([]);
  });
});
