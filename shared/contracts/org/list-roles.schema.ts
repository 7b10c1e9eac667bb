import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { AnyRole } from './org-fields.schema';
import { OFFICER_AUTHORITY } from '../reasons/groups';

/** The officers of an organisation, with an opaque reference per role (revokeRole takes it). Never openids. */
export const listRoles = defineContract({
  fn: 'org',
  action: 'listRoles',
  summary: '查看组织的书记、记分员和管理员（用于撤销角色）',
  roles: '支部：本支部书记或上级党委管理员；党委：本党委管理员',
  audience: 'signedIn',
  request: z.object({ orgId: DocId }).strict(),
  response: z
    .object({
      roles: z.array(
        z
          .object({
            roleRef: z.string(),
            role: AnyRole,
            title: z.string().nullable(),
            /** The holder's name in this branch's roster when they are a member of it. */
            name: z.string().nullable(),
            grantedAt: z.string(),
          })
          .strict(),
      ),
    })
    .strict(),
  reasons: [...OFFICER_AUTHORITY],
});
