import { z } from 'zod';
import { DocId, PageRequest } from '../common.schema';
import { defineContract } from '../define-contract';
import { OWN_MEMBER } from '../reasons/groups';
import { RedemptionView } from './exchange-views.schema';

/** The member's own redemptions, newest first, each with whether the goods have been handed over. */
export const myRedemptions = defineContract({
  fn: 'exchange',
  action: 'myRedemptions',
  summary: '我的兑换记录（最新的在前），含是否已领取',
  roles: '党员本人',
  audience: 'signedIn',
  request: PageRequest.extend({ memberId: DocId.optional() }).strict(),
  response: z.object({ total: z.number().int(), redemptions: z.array(RedemptionView) }).strict(),
  reasons: [...OWN_MEMBER],
});
