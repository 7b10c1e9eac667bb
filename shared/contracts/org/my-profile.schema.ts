import { z } from 'zod';
import { defineContract } from '../define-contract';

/** Who the caller is to the product: roles held and member records bound. */
export const myProfile = defineContract({
  fn: 'org',
  action: 'myProfile',
  summary: '查看本人的角色和绑定的党员身份',
  roles: '任何已登录用户',
  audience: 'signedIn',
  request: z.object({}).strict(),
  response: z
    .object({
      roles: z.array(
        z
          .object({
            orgId: z.string(),
            orgName: z.string(),
            orgKind: z.string(),
            role: z.enum(['recorder', 'secretary', 'committeeAdmin']),
            title: z.string().nullable(),
          })
          .strict(),
      ),
      members: z.array(
        z
          .object({
            memberId: z.string(),
            branchId: z.string(),
            branchName: z.string(),
            name: z.string(),
            status: z.enum(['full', 'probationary', 'activist']),
          })
          .strict(),
      ),
    })
    .strict(),
  reasons: [],
});
