import { z } from 'zod';
import { defineContract } from '../define-contract';
import { AnyRole, InviteCode } from './org-fields.schema';

/**
 * Redeems an invite code: binds the caller to a member record, or gives the caller a role. Safe to retry.
 * Wrong codes are throttled: 5 per WeChat user per 15 minutes and 20 a day, and 30 per 15 minutes from
 * everyone together for codes starting with the same character; beyond that FORBIDDEN / TOO_MANY_ATTEMPTS
 * with a message saying when to try again ("请 N 分钟后再试").
 */
export const bindWithCode = defineContract({
  fn: 'org',
  action: 'bindWithCode',
  summary: '使用邀请码绑定党员身份或获得角色（输错次数过多时须等待后再试：FORBIDDEN / TOO_MANY_ATTEMPTS）',
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
  reasons: [
    'TOO_MANY_ATTEMPTS',
    'INVITE_NOT_FOUND',
    'INVITE_USED',
    'INVITE_VOIDED',
    'INVITE_EXPIRED',
    'MEMBER_NOT_FOUND',
    'MEMBER_INACTIVE',
    'ALREADY_BOUND',
    'ALREADY_MEMBER_HERE',
  ],
});
