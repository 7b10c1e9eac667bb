import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_YEAR, OWN_MEMBER } from '../reasons/groups';
import { ExchangeBalance, ExchangeItemView, ExchangeRulesView, ExchangeWindowView } from './exchange-views.schema';

/** The member the exchange pages speak of. */
export const ExchangeMember = z.object({ memberId: z.string(), name: z.string(), branchId: z.string() }).strict();

/**
 * The exchange page in one call: the items on offer to the member (their branch's catalogue and those of
 * the committees above it, in stock or not, never retired ones), the member's balance, the scheme's
 * exchange rules and whether the exchange is open today.
 */
export const catalogue = defineContract({
  fn: 'exchange',
  action: 'catalogue',
  summary: '积分兑换（志愿服务超市）首页：可兑换的物品及库存、本人的兑换积分余额、兑换规则和兑换时间，一次取得',
  roles: '党员本人',
  audience: 'signedIn',
  request: z.object({ memberId: DocId.optional() }).strict(),
  response: z
    .object({
      member: ExchangeMember,
      balance: ExchangeBalance,
      rules: ExchangeRulesView,
      window: ExchangeWindowView,
      items: z.array(ExchangeItemView),
    })
    .strict(),
  reasons: [...OWN_MEMBER, ...BRANCH_YEAR, 'ORG_NOT_FOUND', 'EXCHANGE_OFF'],
});
