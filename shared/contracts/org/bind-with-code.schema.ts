import { z } from 'zod';
import { defineContract } from '../define-contract';
import { AnyRole } from './org-fields.schema';

/** Letters and digits people copy from a message: spaces and dashes are dropped, case is ignored. */
const InviteCode = z
  .string()
  .max(32)
  .transform((text) => text.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{8}$/, '邀请码应为 8 位字母或数字'));

/** Redeems an invite code: binds the caller to a member record, or gives the caller a role. Safe to retry. */
export const bindWithCode = defineContract({
  fn: 'org',
  action: 'bindWithCode',
  summary: '使用邀请码绑定党员身份或获得角色',
  roles: '任何已登录用户（持有效邀请码）',
  audience: 'signedIn',
  request: z.object({ code: InviteCode }).strict(),
  response: z
    .object({
      memberId: z.string().optional(),
      branchId: z.string().optional(),
      role: z.object({ orgId: z.string(), role: AnyRole, title: z.string().nullable() }).strict().optional(),
    })
    .strict(),
});
