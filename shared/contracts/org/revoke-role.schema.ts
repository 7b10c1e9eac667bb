import { z } from 'zod';
import { defineContract } from '../define-contract';
import { OFFICER_AUTHORITY, ROLE_AUTHORITY } from '../reasons/groups';
import { DocId } from '../common.schema';

/** Takes a role away. A committee keeps at least one admin (CONFLICT LAST_ADMIN). */
export const revokeRole = defineContract({
  fn: 'org',
  action: 'revokeRole',
  summary: '撤销书记、记分员或党委管理员的角色（党委至少保留一名管理员）',
  roles: '书记、党委管理员：上级（本）党委管理员；记分员：本支部书记或上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      orgId: DocId,
      /** From listRoles: names the holder without revealing their WeChat identity. */
      roleRef: z.string().regex(/^[0-9a-f]{24}$/, '不是有效的角色编号'),
    })
    .strict(),
  /** `revoked` is false when the person did not hold the role (nothing to do). */
  response: z.object({ revoked: z.boolean() }).strict(),
  reasons: [...OFFICER_AUTHORITY, ...ROLE_AUTHORITY, 'LAST_ADMIN'],
});
