import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId, Text } from '../common.schema';
import { MANAGED_MEMBER } from '../reasons/groups';

/** 不纳入积分管理: records the branch's approval of a member's application (or lifts it with null). */
export const setMemberExempt = defineContract({
  fn: 'org',
  action: 'setMemberExempt',
  summary: '登记或取消党员“不纳入积分管理”（经支部批准）',
  roles: '本支部书记',
  audience: 'signedIn',
  request: z
    .object({
      memberId: DocId,
      exempt: z
        .object({ reason: Text({ min: 2, max: 200, empty: '请填写原因', tooLong: '原因最多 200 字' }) })
        .strict()
        .nullable(),
    })
    .strict(),
  response: z
    .object({ memberId: z.string(), exempt: z.object({ reason: z.string(), approvedAt: z.string() }).strict().nullable() })
    .strict(),
  reasons: MANAGED_MEMBER,
});
