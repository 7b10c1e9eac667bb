import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';

/**
 * Moves a member to another branch of the committee: the old record stays (inactive, with its ledger);
 * a new active record with the same person data and WeChat binding is created in the target branch.
 */
export const moveMember = defineContract({
  fn: 'org',
  action: 'moveMember',
  summary: '党员转到本党委的另一个支部（原记录及积分保留）',
  roles: '同时管理两个支部的党委管理员',
  audience: 'signedIn',
  request: z.object({ memberId: DocId, toBranchId: DocId }).strict(),
  response: z.object({ newMemberId: z.string() }).strict(),
});
