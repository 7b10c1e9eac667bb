import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { EndedRole } from './org-fields.schema';
import { COMMITTEE_ADMIN, ORG_OF_KIND } from '../reasons/groups';

/**
 * Moves a member to another branch of the committee: the old record stays (inactive, with its ledger);
 * a new active record with the same person data and WeChat binding is created in the target branch.
 * The roles the person held in the branch they leave (书记, 记分员) end with the move: `endedRoles` lists
 * them (empty when none); roles in other organisations stay.
 */
export const moveMember = defineContract({
  fn: 'org',
  action: 'moveMember',
  summary: '党员转到本党委的另一个支部（原记录及积分保留；其在原支部的书记、记分员角色同时终止）',
  roles: '同时管理两个支部的党委管理员',
  audience: 'signedIn',
  request: z.object({ memberId: DocId, toBranchId: DocId }).strict(),
  response: z
    .object({
      newMemberId: z.string(),
      /** The roles that ended in the branch left, e.g. [{ label: '东村党支部记分员', … }]. */
      endedRoles: z.array(EndedRole),
    })
    .strict(),
  reasons: ['MEMBER_NOT_FOUND', ...COMMITTEE_ADMIN, ...ORG_OF_KIND, 'MEMBER_INACTIVE', 'ALREADY_MEMBER_HERE', 'MEMBER_EXISTS'],
});
