import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { BranchRole, RoleTitle } from './org-fields.schema';
import { ROLE_AUTHORITY } from '../reasons/groups';

/** Makes a bound member of the branch its secretary or recorder. Granting again only updates the title. */
export const grantRole = defineContract({
  fn: 'org',
  action: 'grantRole',
  summary: '任命本支部党员为书记或记分员（该党员须已绑定微信）',
  roles: '书记：上级党委管理员；记分员：本支部书记或上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      orgId: DocId,
      memberId: DocId,
      role: BranchRole,
      title: RoleTitle.optional(),
    })
    .strict(),
  response: z.object({ orgId: z.string(), memberId: z.string(), role: BranchRole, title: z.string().nullable() }).strict(),
  reasons: [...ROLE_AUTHORITY, 'MEMBER_NOT_FOUND', 'NOT_BOUND_YET'],
});
