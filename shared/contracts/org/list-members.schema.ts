import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { MemberView } from './org-fields.schema';
import { BRANCH_ROLE } from '../reasons/groups';

/** A member's invite code as the secretary's list shows it: none issued, or the newest one still open. */
export const InviteState = z
  .object({
    memberId: z.string(),
    /** unused: still valid until expiresAt; expired: not used in its 7 days (a new one is needed). */
    status: z.enum(['unused', 'expired']),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .strict();

/**
 * A branch's members by name, a page at a time (at most 100). With `withInvites`, the reply also lists the
 * open invite code of each member of the page who is not bound yet (members bound already have used theirs).
 */
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
      withInvites: z.boolean().default(false),
    })
    .strict(),
  response: z
    .object({
      total: z.number().int(),
      members: z.array(MemberView),
      /** Only when asked (withInvites): the page's unbound members with an unused code (members with none are left out). */
      invites: z.array(InviteState).optional(),
    })
    .strict(),
  reasons: BRANCH_ROLE,
});
