import { cloudbaseApp } from '../../../server/db/cloudbase';
import { addItem } from '../../../shared/contracts/exchange/add-item.schema';
import { catalogue } from '../../../shared/contracts/exchange/catalogue.schema';
import { editItem } from '../../../shared/contracts/exchange/edit-item.schema';
import { handOverQueue } from '../../../shared/contracts/exchange/hand-over-queue.schema';
import { listItems } from '../../../shared/contracts/exchange/list-items.schema';
import { markHandedOver } from '../../../shared/contracts/exchange/mark-handed-over.schema';
import { myRedemptions } from '../../../shared/contracts/exchange/my-redemptions.schema';
import { redeem } from '../../../shared/contracts/exchange/redeem.schema';
import { restockItem } from '../../../shared/contracts/exchange/restock-item.schema';
import { retireItem } from '../../../shared/contracts/exchange/retire-item.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { allDocs, newKey, PNG, uploadPhoto } from '../reports/report-fixtures';
import { buildMarket, credit, Market } from './market-branch';

const clock = new Date('2026-04-03T10:00:00+08:00');
let ticks = 0;
/** The functions' clock: a second later at each reading, so requests are ordered as they happen (same day). */
const ticking = () => new Date(clock.getTime() + 1000 * ticks++);

describe('keeping the catalogue: items, pictures, stock, retiring', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });
  let market: Market;
  beforeAll(async () => {
    market = await buildMarket(backend.db, clock, { branchId: 'bK', schemeId: 'market-keep', members: 3 });
    await credit(
      backend.db,
      'bK',
      market.members.map((m) => m.id),
      20,
      clock,
    );
  });

  it('adds an item with a picture the officer uploaded under exchange/<openid>/, once per idempotency key', async () => {
    const { fileID } = await cloudbaseApp().uploadFile({ cloudPath: `exchange/${market.recorder}/soap.png`, fileContent: PNG });
    const request = { orgId: 'bK', name: '香皂', note: '每块 100 克', picture: fileID, price: 2.5, stock: 12, idempotencyKey: newKey() };
    const item = await backend.as(market.recorder).ok(addItem, request);
    expect(item).toMatchObject({
      orgId: 'bK',
      orgName: 'bK社区党支部',
      name: '香皂',
      price: 2.5,
      stock: 12,
      supplied: 12,
      status: 'active',
    });
    expect(item.pictureUrl).toMatch(/^http/);
    const { pictureUrl: _link, ...stored } = item;
    expect(await backend.as(market.recorder).ok(addItem, request)).toMatchObject(stored);
    expect(await allDocs(backend, 'exchangeItems', { orgId: 'bK' })).toHaveLength(1);
    const shown = (await backend.as(market.members[0].openid).ok(catalogue, {})).items;
    expect(shown).toEqual([expect.objectContaining({ itemId: item.itemId, name: '香皂', note: '每块 100 克', price: 2.5, stock: 12 })]);
    expect(shown[0]?.pictureUrl).toMatch(/^http/);
  });

  it('refuses a picture that is not the officer’s own upload, or not an image', async () => {
    const reportPhoto = await uploadPhoto(market.recorder);
    expect(
      await backend
        .as(market.recorder)
        .call(addItem, { orgId: 'bK', name: '毛巾', picture: reportPhoto, price: 3, stock: 1, idempotencyKey: newKey() }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'PHOTO_NOT_OWN', fields: [{ path: 'picture' }] });
    const { fileID } = await cloudbaseApp().uploadFile({
      cloudPath: `exchange/${market.recorder}/fake.png`,
      fileContent: Buffer.from('not a picture'),
    });
    expect(
      await backend
        .as(market.recorder)
        .call(addItem, { orgId: 'bK', name: '毛巾', picture: fileID, price: 3, stock: 1, idempotencyKey: newKey() }),
    ).toMatchObject({ ok: false, code: 'VALIDATION', reason: 'PHOTO_NOT_IMAGE', fields: [{ path: 'picture' }] });
  });

  it('lets a member’s phone upload an item picture only under its own exchange/ folder (storage rules)', async () => {
    const officer = backend.as(market.recorder);
    await expect(officer.upload(`exchange/${market.recorder}/towel.png`, PNG, 'image/png')).resolves.toMatch(/exchange\//);
    await expect(officer.upload('exchange-towel.png', PNG, 'image/png')).rejects.toThrow(/403/);
  });

  it('edits, restocks (in and out, once per key, never below 0) and retires, the stock explaining itself', async () => {
    const { itemId } = await backend
      .as(market.secretary)
      .ok(addItem, { orgId: 'bK', name: '热水壶', price: 30, stock: 2, idempotencyKey: newKey() });
    expect(await backend.as(market.secretary).ok(editItem, { itemId, name: '电热水壶', note: '1.5 升', price: 15 })).toMatchObject({
      name: '电热水壶',
      note: '1.5 升',
      price: 15,
      stock: 2,
    });
    await backend.as(market.members[1].openid).ok(redeem, { itemId, price: 15, idempotencyKey: newKey() });
    const restock = { itemId, change: 5, note: '街道捐赠', idempotencyKey: newKey() };
    expect(await backend.as(market.recorder).ok(restockItem, restock)).toMatchObject({ stock: 6, supplied: 7, redeemed: 1, removed: 0 });
    expect(await backend.as(market.recorder).ok(restockItem, restock)).toMatchObject({ stock: 6, supplied: 7 });
    expect(await backend.as(market.recorder).ok(restockItem, { itemId, change: -2, note: '损坏', idempotencyKey: newKey() })).toMatchObject(
      {
        stock: 4,
        removed: 2,
      },
    );
    expect(await backend.as(market.recorder).call(restockItem, { itemId, change: -5, idempotencyKey: newKey() })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'EXCHANGE_STOCK_SHORT',
      message: '“电热水壶”现有 4 件，不能减少 5 件',
    });
    expect(await backend.as(market.recorder).call(restockItem, { ...restock, change: 6 })).toMatchObject({
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    const movements = await allDocs<{ change: number; stockAfter: number; note: string | null }>(backend, 'exchangeStock', { itemId });
    expect(movements.map((m) => [m.change, m.stockAfter, m.note]).sort()).toEqual([
      [-2, 4, '损坏'],
      [5, 6, '街道捐赠'],
    ]);

    await backend.as(market.recorder).ok(retireItem, { itemId });
    expect((await backend.as(market.members[0].openid).ok(catalogue, {})).items.map((i) => i.itemId)).not.toContain(itemId);
    const listed = await backend.as(market.recorder).ok(listItems, { orgId: 'bK', includeRetired: true });
    expect(listed.org).toEqual({ orgId: 'bK', name: 'bK社区党支部', kind: 'branch' });
    expect(listed.pictureFolder).toBe(`exchange/${market.recorder}/`);
    expect(listed.items.find((i) => i.itemId === itemId)).toMatchObject({
      status: 'retired',
      stock: 4,
      supplied: 7,
      redeemed: 1,
      removed: 2,
    });
    expect((await backend.as(market.recorder).ok(listItems, { orgId: 'bK' })).items.map((i) => i.itemId)).not.toContain(itemId);
    await backend.as(market.recorder).ok(retireItem, { itemId, retired: false });
    expect((await backend.as(market.members[0].openid).ok(catalogue, {})).items.map((i) => i.itemId)).toContain(itemId);
  });

  it('keeps catalogues to their keepers: a branch’s officers and the committee’s admins, never a 党小组', async () => {
    expect(
      await backend.as(market.recorder).call(addItem, { orgId: 'c1', name: '电影票', price: 1, stock: 1, idempotencyKey: newKey() }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_COMMITTEE_ADMIN',
    });
    expect(await backend.as(PEOPLE.secretaryB).call(listItems, { orgId: 'bK' })).toMatchObject({ ok: false, reason: 'NOT_BRANCH_OFFICER' });
    expect(await backend.as(PEOPLE.admin).ok(listItems, { orgId: 'bK' })).toMatchObject({ org: { kind: 'branch' } });
    expect(await backend.as(PEOPLE.admin).ok(listItems, { orgId: 'c1' })).toMatchObject({ org: { kind: 'committee' } });
    expect(await backend.as(PEOPLE.secretaryA).call(listItems, { orgId: 'gA1' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'orgId' }],
    });
  });
});

describe('handing the goods over', () => {
  const backend = useBackend({ now: ticking, world: () => clock });
  let market: Market;
  let itemId = '';
  beforeAll(async () => {
    market = await buildMarket(backend.db, clock, { branchId: 'bQ', schemeId: 'market-hand-over', members: 3 });
    await credit(backend.db, 'bQ', [...market.members.map((m) => m.id), market.recorderMemberId], 20, clock);
    itemId = (await backend.as(market.secretary).ok(addItem, { orgId: 'bQ', name: '大米', price: 5, stock: 20, idempotencyKey: newKey() }))
      .itemId;
  });

  it('lists what awaits hand-over, oldest first, and marks it handed over by name, once', async () => {
    const ids: string[] = [];
    for (const m of market.members)
      ids.push((await backend.as(m.openid).ok(redeem, { itemId, price: 5, idempotencyKey: newKey() })).redemption.redemptionId);
    const queue = await backend.as(market.recorder).ok(handOverQueue, { branchId: 'bQ' });
    expect(queue.total).toBe(3);
    expect(queue.redemptions.map((r) => r.redemptionId)).toEqual(ids);
    expect(queue.redemptions[0]).toMatchObject({ memberName: '党员0', itemName: '大米', quantity: 1, points: 5, status: 'awaiting' });

    const { redemptions } = await backend.as(market.recorder).ok(markHandedOver, { redemptionIds: [ids[1], ids[0]] });
    expect(redemptions.map((r) => [r.redemptionId, r.status, r.handedOverBy])).toEqual([
      [ids[1], 'handedOver', '钱记分'],
      [ids[0], 'handedOver', '钱记分'],
    ]);
    const first = redemptions[1]?.handedOverAt;
    const again = await backend.as(market.secretary).ok(markHandedOver, { redemptionIds: [ids[0]] });
    expect(again.redemptions[0]).toMatchObject({ handedOverBy: '钱记分', handedOverAt: first });
    expect((await backend.as(market.recorder).ok(handOverQueue, { branchId: 'bQ' })).redemptions.map((r) => r.redemptionId)).toEqual([
      ids[2],
    ]);
    expect((await backend.as(market.recorder).ok(handOverQueue, { branchId: 'bQ', status: 'handedOver' })).total).toBe(2);
    expect((await backend.as(market.members[0].openid).ok(myRedemptions, {})).redemptions[0]).toMatchObject({ status: 'handedOver' });
  });

  it('leaves an officer’s own redemption to another officer, and other branches’ to their own', async () => {
    const own = (await backend.as(market.recorder).ok(redeem, { itemId, price: 5, idempotencyKey: newKey() })).redemption.redemptionId;
    expect(await backend.as(market.recorder).call(markHandedOver, { redemptionIds: [own] })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'SELF_HANDOVER',
    });
    expect(await backend.as(PEOPLE.secretaryA).call(markHandedOver, { redemptionIds: [own] })).toMatchObject({
      ok: false,
      reason: 'NOT_BRANCH_OFFICER',
    });
    expect(await backend.as(market.secretary).call(markHandedOver, { redemptionIds: [own, 'no-such-redemption'] })).toMatchObject({
      ok: false,
      reason: 'REDEMPTION_NOT_FOUND',
    });
    expect((await backend.as(market.secretary).ok(markHandedOver, { redemptionIds: [own] })).redemptions[0]).toMatchObject({
      handedOverBy: '吴书记',
    });
  });
});
