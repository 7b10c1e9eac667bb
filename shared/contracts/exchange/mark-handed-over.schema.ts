import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';
import { RedemptionView } from './exchange-views.schema';

export const MAX_HAND_OVER = 50;

/**
 * Records that the goods of redemptions were handed over (at the quarter's exchange, several at once).
 * Marking one handed over already changes nothing; an officer does not mark their own.
 */
export const markHandedOver = defineContract({
  fn: 'exchange',
  action: 'markHandedOver',
  summary: '登记领取：记分员把兑换的物品交给党员后登记（可一次登记多条；不能登记本人的）',
  roles: '兑换党员所在支部的记分员、书记；上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      redemptionIds: z
        .array(DocId)
        .min(1, '请选择要登记的兑换记录')
        .max(MAX_HAND_OVER, `一次最多登记 ${MAX_HAND_OVER} 条`)
        .refine((ids) => new Set(ids).size === ids.length, '同一条兑换记录只能选一次'),
    })
    .strict(),
  response: z.object({ redemptions: z.array(RedemptionView) }).strict(),
  reasons: ['REDEMPTION_NOT_FOUND', ...BRANCH_ROLE, 'SELF_HANDOVER'],
});
