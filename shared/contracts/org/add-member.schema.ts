import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { MemberFields } from './org-fields.schema';
import { BRANCH_ROLE, ORG_OF_KIND } from '../reasons/groups';

/** Adds one member record to a branch (unbound: hand out an invite code to bind WeChat). */
export const addMember = defineContract({
  fn: 'org',
  action: 'addMember',
  summary: '新增一名党员',
  roles: '本支部书记、上级党委管理员',
  audience: 'signedIn',
  request: MemberFields.extend({ branchId: DocId }).strict(),
  response: z.object({ memberId: z.string() }).strict(),
  reasons: [...BRANCH_ROLE, ...ORG_OF_KIND, 'MEMBER_INVALID', 'MEMBER_EXISTS'],
});
