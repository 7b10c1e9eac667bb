/**
 * The exchange pages (志愿服务超市) in each state: 张伟 (a member) at the catalogue in the second
 * quarter's window, his redemptions and statement; 王建国 (the secretary) handing goods over and keeping
 * the catalogue. Care mode off, and on for the screens members and secretaries use most.
 */
import { hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import {
  catalogueReply,
  closedCatalogue,
  handOverQueueReply,
  listItemsReply,
  myRedemptionsReply,
  soapRedeemed,
  statementReply,
} from '../fixtures/exchange';
import type { Scenario } from './scenarios';

const member = { identity: 'demo-v03', profile: memberProfile };
const secretary = { identity: 'demo-v01', profile: secretaryProfile };
const MARKET = 'exchange/market/market';
const MINE = 'exchange/mine/mine';
const HANDOVER = 'exchange/handover/handover';
const ITEMS = 'exchange/items/items';
const market: Record<string, Reply> = { 'exchange.catalogue': ok(catalogueReply), 'exchange.redeem': ok(soapRedeemed) };
const mine: Record<string, Reply> = { 'exchange.myRedemptions': ok(myRedemptionsReply), 'exchange.balanceStatement': ok(statementReply) };
const queue: Record<string, Reply> = {
  'exchange.handOverQueue': ok(handOverQueueReply),
  'exchange.markHandedOver': ok({ redemptions: handOverQueueReply.redemptions }),
};
const items: Record<string, Reply> = { 'exchange.listItems': ok(listItemsReply) };
/** The catalogue as first shown, then with a balance of 1 (a fresh counter per scenario). */
function lowerLater(): Reply {
  let asked = 0;
  return () => ok(asked++ === 0 ? catalogueReply : { ...catalogueReply, balance: { ...catalogueReply.balance, earned: 8, available: 1 } });
}
/** Not enough: the balance fell to 1 before the tap. Its own replies per scenario (lowerLater counts). */
const lowScenario = (care: boolean): Scenario => ({
  name: `exchange-market-low${care ? '-care' : ''}`,
  title: `积分兑换：兑换积分不够${care ? '（大字模式）' : ''}`,
  page: MARKET,
  ...member,
  care,
  replies: {
    ...market,
    'exchange.catalogue': lowerLater(),
    'exchange.redeem': refused('CONFLICT', 'EXCHANGE_BALANCE_LOW', '兑换积分不足：需要 2.5 分，可用 1 分'),
  },
  state: 'ready',
  steps: redeemSoap,
});
/** Taps 兑换 on the soap; the last tap (on the balance, which does nothing) lets the reply arrive first. */
const redeemSoap = [{ tap: ['#item-item-soap-0001 .redeem'] }, { tap: ['.balance'] }];

const base: Scenario[] = [
  { name: 'exchange-market', title: '积分兑换', page: MARKET, ...member, replies: market, state: 'ready' },
  {
    name: 'exchange-market-redeemed',
    title: '积分兑换：兑换成功',
    page: MARKET,
    ...member,
    replies: market,
    state: 'ready',
    steps: redeemSoap,
  },
  {
    name: 'exchange-market-offline-redeem',
    title: '积分兑换：兑换时没有网络',
    page: MARKET,
    ...member,
    replies: { ...market, 'exchange.redeem': offline() },
    state: 'ready',
    steps: redeemSoap,
  },
  {
    name: 'exchange-market-closed',
    title: '积分兑换：不在兑换时间',
    page: MARKET,
    ...member,
    replies: { 'exchange.catalogue': ok(closedCatalogue) },
    state: 'ready',
  },
  {
    name: 'exchange-market-empty',
    title: '积分兑换：还没有物品',
    page: MARKET,
    ...member,
    replies: { 'exchange.catalogue': ok({ ...catalogueReply, items: [] }) },
    state: 'empty',
  },
  {
    name: 'exchange-market-loading',
    title: '积分兑换：加载中',
    page: MARKET,
    ...member,
    replies: { 'exchange.catalogue': hold() },
    state: 'loading',
  },
  {
    name: 'exchange-market-offline',
    title: '积分兑换：没有网络',
    page: MARKET,
    ...member,
    replies: { 'exchange.catalogue': offline() },
    state: 'offline',
  },
  { name: 'exchange-mine', title: '我的兑换', page: MINE, ...member, replies: mine, state: 'ready' },
  {
    name: 'exchange-mine-statement',
    title: '兑换积分明细',
    page: MINE,
    ...member,
    replies: mine,
    state: 'ready',
    steps: [{ tap: ['#tab-statement'] }],
  },
  {
    name: 'exchange-mine-empty',
    title: '我的兑换：还没有兑换过',
    page: MINE,
    ...member,
    replies: { 'exchange.myRedemptions': ok({ total: 0, redemptions: [] }) },
    state: 'empty',
  },
  { name: 'exchange-handover', title: '领取登记', page: HANDOVER, ...secretary, replies: queue, state: 'ready' },
  {
    name: 'exchange-handover-selected',
    title: '领取登记：选好了',
    page: HANDOVER,
    ...secretary,
    replies: queue,
    state: 'ready',
    steps: [{ tap: ['#row-red-0101'] }, { tap: ['#row-red-0102'] }],
  },
  {
    name: 'exchange-handover-done',
    title: '领取登记：已登记',
    page: HANDOVER,
    ...secretary,
    replies: queue,
    state: 'empty',
    steps: [{ tap: ['#row-red-0101'] }, { tap: ['#row-red-0102'] }, { tapButton: ['.hand-over'] }],
  },
  {
    name: 'exchange-handover-self',
    title: '领取登记：不能给自己登记',
    page: HANDOVER,
    ...secretary,
    replies: {
      ...queue,
      'exchange.markHandedOver': refused('FORBIDDEN', 'SELF_HANDOVER', '不能为本人的兑换登记领取，请由支部其他负责人登记'),
    },
    state: 'ready',
    steps: [{ tap: ['#row-red-0102'] }, { tapButton: ['.hand-over'] }, { tap: ['.intro'] }],
  },
  { name: 'exchange-items', title: '兑换物品', page: ITEMS, ...secretary, replies: items, state: 'ready' },
  {
    name: 'exchange-items-add',
    title: '兑换物品：上架新物品',
    page: ITEMS,
    ...secretary,
    replies: items,
    state: 'ready',
    steps: [
      { tapButton: ['.add'] },
      { type: '洗衣粉', into: ['#name'] },
      { type: '6.5', into: ['#price'] },
      { type: '8', into: ['#stock'] },
    ],
  },
  {
    name: 'exchange-items-missing',
    title: '兑换物品：没填兑换积分',
    page: ITEMS,
    ...secretary,
    replies: items,
    state: 'ready',
    steps: [{ tapButton: ['.add'] }, { type: '洗衣粉', into: ['#name'] }, { tapButton: ['.save'] }],
  },
  {
    name: 'exchange-items-stock',
    title: '兑换物品：补货',
    page: ITEMS,
    ...secretary,
    replies: items,
    state: 'ready',
    steps: [{ tap: ['#item-item-towel-0002 .stock'] }, { type: '10', into: ['#count'] }],
  },
  {
    name: 'exchange-items-empty',
    title: '兑换物品：还没有',
    page: ITEMS,
    ...secretary,
    replies: { 'exchange.listItems': ok({ ...listItemsReply, items: [] }) },
    state: 'empty',
  },
];

const CARE = [
  'exchange-market',
  'exchange-market-redeemed',
  'exchange-market-closed',
  'exchange-market-offline',
  'exchange-mine',
  'exchange-mine-statement',
  'exchange-handover',
  'exchange-handover-selected',
  'exchange-items',
  'exchange-items-add',
];

export const EXCHANGE_SCENARIOS: Scenario[] = [
  ...base,
  lowScenario(false),
  lowScenario(true),
  ...base.filter((s) => CARE.includes(s.name)).map((s) => ({ ...s, name: `${s.name}-care`, title: `${s.title}（大字模式）`, care: true })),
];
