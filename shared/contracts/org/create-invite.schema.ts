import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { MANAGED_MEMBER } from '../reasons/groups';
import { IssuedInvite } from './org-fields.schema';

/**
 * A one-time code (7 days) that binds the WeChat user who enters it to this member record. A new code
 * for the same member voids the earlier unused ones. Show it once: only its hash is stored.
 */
export const createInvite = defineContract({
  fn: 'org',
  action: 'createInvite',
  summary: '为党员生成绑定微信的一次性邀请码（7 天有效，新码作废旧码）',
  roles: '本支部书记、上级党委管理员',
  audience: 'signedIn',
  request: z.object({ memberId: DocId }).strict(),
  response: IssuedInvite,
  reasons: [...MANAGED_MEMBER, 'ALREADY_BOUND'],
});
