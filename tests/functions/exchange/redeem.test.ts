import { addItem } from '../../../shared/contracts/exchange/add-item.schema';
import { balanceStatement } from '../../../shared/contracts/exchange/balance-statement.schema';
import { catalogue } from '../../../shared/contracts/exchange/catalogue.schema';
import { editItem } from '../../../shared/contracts/exchange/edit-item.schema';
import { myRedemptions } from '../../../shared/contracts/exchange/my-redemptions.schema';
import { redeem } from '../../../shared/contracts/exchange/redeem.schema';
import { retireItem } from '../../../shared/contracts/exchange/retire-item.schema';
import { adjustEntry } from '../../../shared/contracts/reports/adjust-entry.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { aMemberDoc, PEOPLE } from '../../support/world';
import { allDocs, databaseRequests, newKey } from '../reports/report-fixtures';
import { buildMarket, credit, Market } from './market-branch';

/** Beijing time on a 2026 date. */
const at = (date: string, time = '10:00') => new Date(`${date.length === 5 ? `2026-${date}` : date}T${time}:00+08:00`);
let clock = at('04-03');

type Account = { _id: string; memberId: string; spentCenti: number; year: number };
type Item = { _id: string; stock: number; redeemed: number; supplied: number };

describe('redeeming in the 志愿服务超市: atomic, idempotent, within windows, explained', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });
  let market: Market;
  const member = (i: number) => backend.as(market.members[i].openid);
  const newItem = async (orgId: string, name: string, price: number, stock: number, by = market.recorder) =>
    (await backend.as(by).ok(addItem, { orgId, name, price, stock, idempotencyKey: newKey() })).itemId;

  beforeAll(async () => {
    market = await buildMarket(backend.db, clock, {
      branchId: 'bM',
      schemeId: 'market-contribution',
      exchange: { earnFrom: { categories: ['contribution'] }, source: '003 xx社区：社区每季度组织一次积分兑换' },
      members: 112,
    });
    await credit(
      backend.db,
      'bM',
      market.members.map((m) => m.id),
      10,
      clock,
    );
  });

  it('100 members redeem an item with stock 10 at once: exactly 10 succeed, the stock ends at 0, no balance below 0', async () => {
    const itemId = await newItem('bM', '抽纸', 6, 10);
    const replies = await Promise.all(
      market.members.slice(0, 100).map((_, i) => member(i).call(redeem, { itemId, price: 6, idempotencyKey: newKey() })),
    );
    const succeeded = replies.filter((r) => r.ok);
    expect(succeeded).toHaveLength(10);
    // The others are told the stock ran out — or, if the crowd kept them from the item for 7 s, to try again later.
    const refusals = new Set(replies.flatMap((r) => (r.ok ? [] : [r.reason])));
    expect([...refusals].filter((r) => r !== 'EXCHANGE_OUT_OF_STOCK' && r !== 'EXCHANGE_BUSY')).toEqual([]);
    for (const reply of succeeded) if (reply.ok) expect(reply.data.balance).toMatchObject({ earned: 10, spent: 6, available: 4 });

    const [item] = await allDocs<Item>(backend, 'exchangeItems', { _id: itemId });
    expect(item).toMatchObject({ stock: 0, redeemed: 10, supplied: 10 });
    const redemptions = await allDocs<{ memberId: string; pointsCenti: number }>(backend, 'exchangeRedemptions', { itemId });
    expect(redemptions).toHaveLength(10);
    expect(new Set(redemptions.map((r) => r.memberId)).size).toBe(10);
    const accounts = await allDocs<Account>(backend, 'exchangeAccounts', {
      _id: backend.db.command.in(redemptions.map((r) => `${r.memberId}:2026`)),
    });
    expect(accounts.map((a) => a.spentCenti)).toEqual(Array(10).fill(600));
  }, 120_000);

  it('one member tapping ten times at once (different requests) spends only what the balance holds', async () => {
    const itemId = await newItem('bM', '香皂', 3, 50);
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => member(100).call(redeem, { itemId, price: 3, idempotencyKey: newKey() })),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(3);
    expect(new Set(replies.flatMap((r) => (r.ok ? [] : [r.reason])))).toEqual(new Set(['EXCHANGE_BALANCE_LOW']));
    const page = await member(100).ok(catalogue, {});
    expect(page.balance).toEqual({ year: 2026, carried: 0, earned: 10, spent: 9, available: 1 });
    expect(page.items.find((i) => i.itemId === itemId)?.stock).toBe(47);
    expect(await member(100).call(redeem, { itemId, price: 3, idempotencyKey: newKey() })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'EXCHANGE_BALANCE_LOW',
      message: '兑换积分不足：需要 3 分，可用 1 分',
    });
  });

  it('one member redeeming from two phones at once (one request) spends once; a retry answers the same redemption', async () => {
    const itemId = await newItem('bM', '热水壶', 8, 5);
    const request = { itemId, price: 8, idempotencyKey: newKey() };
    const [a, b] = await Promise.all([member(101).ok(redeem, request), member(101).ok(redeem, request)]);
    expect(a.redemption).toEqual(b.redemption);
    expect(a.balance).toEqual(b.balance);
    expect([a.stock, b.stock]).toEqual([4, 4]);
    expect(a.balance).toMatchObject({ spent: 8, available: 2 });
    const again = await member(101).ok(redeem, request);
    expect(again.redemption).toEqual(a.redemption);
    expect(again).toMatchObject({ stock: 4, balance: { spent: 8, available: 2 } });
    expect(await allDocs(backend, 'exchangeRedemptions', { itemId })).toHaveLength(1);
    const [item] = await allDocs<Item>(backend, 'exchangeItems', { _id: itemId });
    expect(item).toMatchObject({ stock: 4, redeemed: 1 });
    expect(await member(101).ok(myRedemptions, {})).toMatchObject({
      total: 1,
      redemptions: [{ itemName: '热水壶', points: 8, status: 'awaiting' }],
    });

    const otherItem = await newItem('bM', '毛巾', 1, 5);
    expect(await member(101).call(redeem, { ...request, itemId: otherItem, price: 1 })).toMatchObject({
      ok: false,
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('refuses, writing nothing, a changed price, a retired item, too little stock, and another branch’s catalogue', async () => {
    const itemId = await newItem('bM', '吹风机', 5, 3);
    await backend.as(market.secretary).ok(editItem, { itemId, name: '吹风机', price: 7 });
    expect(await member(102).call(redeem, { itemId, price: 5, idempotencyKey: newKey() })).toMatchObject({
      ok: false,
      reason: 'EXCHANGE_PRICE_CHANGED',
      message: '“吹风机”的兑换积分已调整为 7 分，请确认后再兑换',
    });
    expect(await member(102).call(redeem, { itemId, price: 7, quantity: 4, idempotencyKey: newKey() })).toMatchObject({
      ok: false,
      reason: 'EXCHANGE_OUT_OF_STOCK',
      message: '“吹风机”库存不足，现有 3 件',
    });
    await backend.as(market.recorder).ok(retireItem, { itemId });
    expect(await member(102).call(redeem, { itemId, price: 7, idempotencyKey: newKey() })).toMatchObject({
      ok: false,
      reason: 'EXCHANGE_ITEM_RETIRED',
    });
    expect(await member(102).call(redeem, { itemId: 'no-such-item', price: 7, idempotencyKey: newKey() })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      reason: 'EXCHANGE_ITEM_NOT_FOUND',
    });

    const elsewhere = await newItem('bA', '别村的米', 1, 10, PEOPLE.secretaryA);
    expect(await member(102).call(redeem, { itemId: elsewhere, price: 1, idempotencyKey: newKey() })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'EXCHANGE_ITEM_NOT_OFFERED',
    });
    expect(await allDocs(backend, 'exchangeRedemptions', { memberId: market.members[102].id })).toHaveLength(0);
    expect(await allDocs(backend, 'exchangeAccounts', { memberId: market.members[102].id })).toHaveLength(0);
    const [item] = await allDocs<Item>(backend, 'exchangeItems', { _id: elsewhere });
    expect(item.stock).toBe(10);
  });

  it('offers the committee’s catalogue (a community’s 超市) to the members of its branches, branch items first', async () => {
    const own = await newItem('bM', '洗衣液', 4, 2);
    const committee = await newItem('c1', '社区电影票', 2, 30, PEOPLE.admin);
    const page = await member(103).ok(catalogue, {});
    const ids = page.items.map((i) => i.itemId);
    expect(ids).toEqual(expect.arrayContaining([own, committee]));
    expect(ids.indexOf(own)).toBeLessThan(ids.indexOf(committee));
    expect(page.items.find((i) => i.itemId === committee)).toMatchObject({ orgId: 'c1', orgName: '某镇党委', price: 2, stock: 30 });
    const { redemption, stock } = await member(103).ok(redeem, { itemId: committee, price: 2, quantity: 2, idempotencyKey: newKey() });
    expect(redemption).toMatchObject({ orgName: '某镇党委', quantity: 2, points: 4, branchId: 'bM', memberName: '党员103' });
    expect(stock).toBe(28);
    // Branch B's member sees the committee's item too, not branch M's.
    const other = await backend.as(PEOPLE.memberB).ok(catalogue, {});
    expect(other.items.map((i) => i.itemId)).toContain(committee);
    expect(other.items.map((i) => i.itemId)).not.toContain(own);
  });

  it('redeems as the caller’s own member record, chosen as every action chooses it (the member read with the lines in one request)', async () => {
    const itemId = await newItem('bM', '牙膏', 1, 10);
    const { id, openid } = market.members[105];
    // The same WeChat user bound in branch A too, and to an earlier record of branch M that was moved (inactive).
    for (const doc of [
      aMemberDoc({ _id: 'bM-m105-in-A', branchId: 'bA', name: '党员105', openid, boundAt: clock }, clock),
      aMemberDoc({ _id: 'bM-m105-moved', branchId: 'bM', name: '党员105', openid, boundAt: clock, active: false, movedTo: 'bA' }, clock),
    ]) {
      const { _id, ...fields } = doc;
      await backend.db.collection('members').doc(_id).set(fields);
    }
    const request = { itemId, price: 1, idempotencyKey: newKey() };
    expect(await backend.as(openid).call(redeem, request)).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'MEMBER_AMBIGUOUS' });
    expect(await backend.as(openid).call(redeem, { ...request, memberId: 'bM-m105-moved' })).toMatchObject({ reason: 'NOT_OWN_MEMBER' });
    expect(await backend.as(openid).call(redeem, { ...request, memberId: market.members[0].id })).toMatchObject({
      reason: 'NOT_OWN_MEMBER',
    });
    expect(await backend.as(PEOPLE.stranger).call(redeem, request)).toMatchObject({ ok: false, reason: 'NOT_BOUND' });
    expect(await allDocs(backend, 'exchangeRedemptions', { itemId })).toHaveLength(0);
    // Named, the branch-M record redeems with its own lines (10 earned), not those of the others.
    const { redemption, balance } = await backend.as(openid).ok(redeem, { ...request, memberId: id });
    expect(redemption).toMatchObject({ memberName: '党员105', branchId: 'bM' });
    expect(balance).toEqual({ year: 2026, carried: 0, earned: 10, spent: 1, available: 9 });
  });

  it('counts every line of a member with more lines in the year than one read joins (1000): the lines read again, page by page', async () => {
    const itemId = await newItem('bM', '毛巾', 1, 10);
    const { id, openid } = market.members[106];
    await credit(backend.db, 'bM', Array<string>(1004).fill(id), 0.01, clock);
    await backend.as(openid).ok(redeem, { itemId, price: 1, idempotencyKey: newKey() });
    const { result, requests, actions } = await databaseRequests(backend, () =>
      backend.as(openid).ok(redeem, { itemId, price: 1, idempotencyKey: newKey() }),
    );
    expect(result.balance).toEqual({ year: 2026, carried: 0, earned: 20.04, spent: 2, available: 18.04 });
    // 1005 lines: the aggregate joined 1000 of them, then two pages of the ledger (1000 and 5).
    expect(actions['database.getDocument']).toBe(2);
    expect(requests).toBe(6 + 2);
  });

  it('counts the database requests of one redemption (the figure of npm run bench:cost): 6, the year’s first too', async () => {
    const itemId = await newItem('bM', '肥皂', 1, 10);
    // A warm instance: another member's redemption has pinned the branch-year's scheme (bM has lines).
    await member(107).ok(redeem, { itemId, price: 1, idempotencyKey: newKey() });
    // The member's first redemption of the year creates their account in the transaction.
    const first = await databaseRequests(backend, () => member(104).ok(redeem, { itemId, price: 1, idempotencyKey: newKey() }));
    // the member with their lines and account (one aggregate); start, item, account inserted, redemption, commit.
    expect(first.actions).toEqual({
      'database.aggregateDocuments': 1,
      'database.startTransaction': 1,
      'database.modifyAndReturnDoc': 1,
      'database.insertDocument': 2,
      'database.commitTransaction': 1,
    });
    expect(first.result.balance).toMatchObject({ spent: 1, available: 9 });
    const later = await databaseRequests(backend, () => member(104).ok(redeem, { itemId, price: 1, idempotencyKey: newKey() }));
    // the member with their lines and account; start, item, account (spending raised), redemption, commit.
    expect(later.actions).toEqual({
      'database.aggregateDocuments': 1,
      'database.startTransaction': 1,
      'database.modifyAndReturnDoc': 2,
      'database.insertDocument': 1,
      'database.commitTransaction': 1,
    });
    expect(later.requests).toBe(6);
    expect(later.result).toMatchObject({ stock: 7, balance: { earned: 10, spent: 2, available: 8 } });
    const [account] = await allDocs<Account & { redemptions: number }>(backend, 'exchangeAccounts', { memberId: market.members[104].id });
    expect(account).toMatchObject({ spentCenti: 200, redemptions: 2 });
  });
});

describe('exchange windows and a scheme without an exchange', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });
  let quarterly: Market;
  let off: Market;
  beforeAll(async () => {
    clock = at('04-03');
    quarterly = await buildMarket(backend.db, clock, {
      branchId: 'bW',
      schemeId: 'market-quarterly',
      exchange: { windows: { every: 'quarter', at: 'start', days: 10 } },
      members: 1,
    });
    off = await buildMarket(backend.db, clock, { branchId: 'bOff', schemeId: 'market-off', exchange: { enabled: false }, members: 1 });
    await credit(backend.db, 'bW', [quarterly.members[0].id], 5, clock);
    await credit(backend.db, 'bOff', [off.members[0].id], 5, clock);
  });

  it('redeems only in the first ten days of each quarter, and says when the next window is', async () => {
    const itemId = (
      await backend.as(quarterly.secretary).ok(addItem, { orgId: 'bW', name: '雨伞', price: 1, stock: 5, idempotencyKey: newKey() })
    ).itemId;
    const m = backend.as(quarterly.members[0].openid);
    clock = at('05-10');
    expect((await m.ok(catalogue, {})).window).toEqual({ open: false, from: '2026-07-01', until: '2026-07-10' });
    expect(await m.call(redeem, { itemId, price: 1, idempotencyKey: newKey() })).toMatchObject({
      ok: false,
      code: 'PERIOD_CLOSED',
      reason: 'EXCHANGE_WINDOW_CLOSED',
      message: '现在不是兑换时间，下次兑换时间为 2026-07-01 至 2026-07-10',
    });
    clock = at('07-10', '23:59');
    expect((await m.ok(catalogue, {})).window).toEqual({ open: true, from: '2026-07-01', until: '2026-07-10' });
    expect((await m.ok(redeem, { itemId, price: 1, idempotencyKey: newKey() })).balance).toMatchObject({ spent: 1, available: 4 });
    clock = at('07-11', '00:01');
    expect(await m.call(redeem, { itemId, price: 1, idempotencyKey: newKey() })).toMatchObject({ reason: 'EXCHANGE_WINDOW_CLOSED' });
    expect(await allDocs(backend, 'exchangeRedemptions', { memberId: quarterly.members[0].id })).toHaveLength(1);
    clock = at('04-03');
  });

  it('refuses every exchange where the scheme switches it off', async () => {
    const m = backend.as(off.members[0].openid);
    expect(await m.call(catalogue, {})).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'EXCHANGE_OFF',
      message: '本支部2026年的积分方案不开展积分兑换',
    });
    const itemId = (
      await backend.as(off.recorder).ok(addItem, { orgId: 'bOff', name: '雨伞', price: 1, stock: 5, idempotencyKey: newKey() })
    ).itemId;
    expect(await m.call(redeem, { itemId, price: 1, idempotencyKey: newKey() })).toMatchObject({ ok: false, reason: 'EXCHANGE_OFF' });
  });
});

describe('the balance explained line by line, and carried over where the scheme says so', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });
  let half: Market;
  let carry: Market;
  beforeAll(async () => {
    clock = at('04-03');
    half = await buildMarket(backend.db, clock, {
      branchId: 'bH',
      schemeId: 'market-half',
      exchange: { earnFrom: { categories: ['contribution'] }, ratioPercent: 50 },
      members: 1,
    });
    carry = await buildMarket(backend.db, clock, {
      branchId: 'bC',
      schemeId: 'market-carry',
      exchange: { carryOver: true },
      members: 2,
      years: [2025, 2026],
    });
  });

  it('earns from the real entries — half of each contribution, a reversal taking its half back, a deduction earning nothing', async () => {
    const m = half.members[0];
    const { reportId } = await backend.as(m.openid).ok(submitReport, {
      itemCode: 'contribution.publicWelfare',
      date: '2026-04-03',
      description: '清理小区楼道',
      points: 3,
      idempotencyKey: newKey(),
    });
    await backend.as(half.recorder).ok(approveReport, { reportId });
    const record = (itemCode: string, points?: number) =>
      backend.as(half.recorder).ok(recordEntry, {
        branchId: 'bH',
        memberId: m.id,
        itemCode,
        date: '2026-04-03',
        ...(points === undefined ? {} : { points }),
        reason: '记分员录入',
        idempotencyKey: newKey(),
      });
    await record('base.lateDues');
    const mediation = await record('contribution.mediation', 2.5);
    await record('contribution.poverty', 1.5);
    await backend.as(half.secretary).ok(adjustEntry, { entryId: mediation.entryId, cancel: true, reason: '重复录入' });

    const itemId = (
      await backend.as(half.secretary).ok(addItem, { orgId: 'bH', name: '香皂', price: 0.75, stock: 5, idempotencyKey: newKey() })
    ).itemId;
    await backend.as(m.openid).ok(redeem, { itemId, price: 0.75, idempotencyKey: newKey() });

    const statement = await backend.as(m.openid).ok(balanceStatement, {});
    expect(statement.rules).toEqual({ earnFrom: '贡献加分', ratioPercent: 50, carryOver: false, windows: null });
    expect(statement.earned.map((l) => [l.points, l.exchangePoints, l.reversal])).toEqual(
      expect.arrayContaining([
        [3, 1.5, false],
        [2.5, 1.25, false],
        [-2.5, -1.25, true],
        [1.5, 0.75, false],
      ]),
    );
    expect(statement.earned).toHaveLength(4);
    expect(statement.uncounted).toBe(1);
    expect(statement.spent).toEqual([expect.objectContaining({ itemName: '香皂', quantity: 1, points: 0.75 })]);
    expect(statement.balance).toEqual({ year: 2026, carried: 0, earned: 2.25, spent: 0.75, available: 1.5 });
    const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b * 100, 0)) / 100;
    expect(sum(statement.earned.map((l) => l.exchangePoints))).toBe(statement.balance.earned);
    expect(sum(statement.spent.map((l) => l.points))).toBe(statement.balance.spent);

    // The recorder sees the same statement; a member of another branch does not.
    expect((await backend.as(half.recorder).ok(balanceStatement, { memberId: m.id })).balance).toEqual(statement.balance);
    expect(await backend.as(PEOPLE.memberA).call(balanceStatement, { memberId: m.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('carries last year’s unspent points into this year when the scheme carries over', async () => {
    const [m0, m1] = carry.members;
    clock = at('2025-11-20');
    await credit(backend.db, 'bC', [m0.id, m1.id], 8, clock, { date: '2025-11-20' });
    const itemId = (
      await backend.as(carry.recorder).ok(addItem, { orgId: 'bC', name: '挂历', price: 3, stock: 5, idempotencyKey: newKey() })
    ).itemId;
    await backend.as(m0.openid).ok(redeem, { itemId, price: 3, idempotencyKey: newKey() });
    expect((await backend.as(m0.openid).ok(catalogue, {})).balance).toEqual({ year: 2025, carried: 0, earned: 8, spent: 3, available: 5 });

    clock = at('04-03');
    await credit(backend.db, 'bC', [m0.id], 2, clock, { date: '2026-04-01' });
    const page = await backend.as(m0.openid).ok(catalogue, {});
    expect(page.balance).toEqual({ year: 2026, carried: 5, earned: 2, spent: 0, available: 7 });
    expect((await backend.as(m0.openid).ok(balanceStatement, {})).carriedFrom).toBe(2025);
    expect((await backend.as(m1.openid).ok(catalogue, {})).balance).toMatchObject({ carried: 8, available: 8 });
    // Spending this year may reach the carried points, not beyond.
    const { balance } = await backend.as(m0.openid).ok(redeem, { itemId, price: 3, quantity: 2, idempotencyKey: newKey() });
    expect(balance).toEqual({ year: 2026, carried: 5, earned: 2, spent: 6, available: 1 });
    expect(await backend.as(m0.openid).call(redeem, { itemId, price: 3, idempotencyKey: newKey() })).toMatchObject({
      reason: 'EXCHANGE_BALANCE_LOW',
    });
  });
});
