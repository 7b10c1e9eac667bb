import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { ROLE_AUTHORITY } from '../reasons/groups';
import { AnyRole, IssuedRoleInvite, RoleTitle } from './org-fields.schema';

/**
 * A one-time code that gives a role to whoever enters it, for people without a member record (e.g. a
 * committee's 组织办 staff). A role is worth more than a member binding, so its code is longer (12 symbols)
 * and lives 24 hours. Authority as for grantRole; committeeAdmin codes only from an admin of that committee.
 */
export const createRoleInvite = defineContract({
  fn: 'org',
  action: 'createRoleInvite',
  summary: '生成授予角色（书记、记分员、党委管理员）的一次性邀请码（12 位，24 小时内有效）',
  roles: '党委管理员：本党委管理员；书记：上级党委管理员；记分员：本支部书记或上级党委管理员',
  audience: 'signedIn',
  request: z.object({ orgId: DocId, role: AnyRole, title: RoleTitle.optional() }).strict(),
  response: IssuedRoleInvite,
  reasons: ROLE_AUTHORITY,
});
