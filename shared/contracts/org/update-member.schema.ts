import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { MemberFields, MemberView } from './org-fields.schema';
import { MANAGED_MEMBER } from '../reasons/groups';

/** Changes some fields of an active member record; `null` clears tier, phone or group. */
export const updateMember = defineContract({
  fn: 'org',
  action: 'updateMember',
  summary: '修改党员信息',
  roles: '本支部书记、上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      memberId: DocId,
      changes: MemberFields.partial()
        .strict()
        .refine((changes) => Object.values(changes).some((v) => v !== undefined), '请至少修改一项'),
    })
    .strict(),
  response: z.object({ member: MemberView }).strict(),
  reasons: [...MANAGED_MEMBER, 'MEMBER_INVALID', 'MEMBER_EXISTS'],
});
