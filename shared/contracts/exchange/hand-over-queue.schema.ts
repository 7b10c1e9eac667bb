import { z } from 'zod';
import { DocId, PageRequest } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';
import { RedemptionView } from './exchange-views.schema';

/**
 * The branch's redemptions waiting for their goods (oldest first), or those handed over (newest first):
 * every redemption by a member of the branch, from its own catalogue or a committee's.
 */
export const handOverQueue = defineContract({
  fn: 'exchange',
  action: 'handOverQueue',
  summary: '待领取清单：本支部党员已兑换、尚未领取的物品（最早的在前），或已领取的记录',
  roles: '本支部记分员、书记；上级党委管理员',
  audience: 'signedIn',
  request: PageRequest.extend({ branchId: DocId, status: z.enum(['awaiting', 'handedOver']).default('awaiting') }).strict(),
  response: z.object({ total: z.number().int(), redemptions: z.array(RedemptionView) }).strict(),
  reasons: [...BRANCH_ROLE],
});
