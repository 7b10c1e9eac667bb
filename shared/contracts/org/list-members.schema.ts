import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { MemberView } from './org-fields.schema';
import { BRANCH_ROLE } from '../reasons/groups';

/** A branch's members by name, a page at a time (at most 100). */
export const listMembers = defineContract({
  fn: 'org',
  action: 'listMembers',
  summary: '查看支部党员名单（分页）',
  roles: '本支部书记、记分员，上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      branchId: DocId,
      includeInactive: z.boolean().default(false),
      offset: z.number().int().min(0).max(100_000).default(0),
      limit: z.number().int().min(1).max(100).default(20),
    })
    .strict(),
  response: z.object({ total: z.number().int(), members: z.array(MemberView) }).strict(),
  reasons: BRANCH_ROLE,
});
