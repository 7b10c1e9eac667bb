import { z } from 'zod';
import { DocId, IdempotencyKey } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_YEAR, OWN_MEMBER } from '../reasons/groups';
import { ExchangeBalance, PriceValue, RedemptionView } from './exchange-views.schema';

export const MAX_REDEEM_QUANTITY = 20;

/**
 * A member redeems an item with exchange points: at the price they were shown (a changed price is
 * refused, not charged), atomically — the stock and the balance are checked and taken in one
 * transaction, so neither goes below 0 however many redeem at once — and once per idempotency key (two
 * phones tapping at once spend once; a retry answers the first redemption).
 */
export const redeem = defineContract({
  fn: 'exchange',
  action: 'redeem',
  summary: '兑换物品：按看到的兑换积分扣减余额和库存（原子操作，余额和库存都不会小于 0；同一幂等键只兑换一次）',
  roles: '党员本人，兑换目录属于本支部或其上级党委，在兑换时间内',
  audience: 'signedIn',
  request: z
    .object({
      itemId: DocId,
      quantity: z.number().int().min(1, '至少兑换 1 件').max(MAX_REDEEM_QUANTITY, `一次最多兑换 ${MAX_REDEEM_QUANTITY} 件`).default(1),
      /** The price of one as the member saw it. */
      price: PriceValue,
      idempotencyKey: IdempotencyKey,
      memberId: DocId.optional(),
    })
    .strict(),
  response: z
    .object({
      redemption: RedemptionView,
      /** The member's balance after it. */
      balance: ExchangeBalance,
      /** The item's stock after it. */
      stock: z.number().int(),
    })
    .strict(),
  reasons: [
    ...OWN_MEMBER,
    ...BRANCH_YEAR,
    'ORG_NOT_FOUND',
    'EXCHANGE_OFF',
    'EXCHANGE_ITEM_NOT_FOUND',
    'EXCHANGE_ITEM_RETIRED',
    'EXCHANGE_ITEM_NOT_OFFERED',
    'EXCHANGE_WINDOW_CLOSED',
    'EXCHANGE_PRICE_CHANGED',
    'EXCHANGE_OUT_OF_STOCK',
    'EXCHANGE_BALANCE_LOW',
    'EXCHANGE_BUSY',
    'IDEMPOTENCY_KEY_REUSED',
  ],
});
