import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';
import { DocId } from '../common.schema';

export const secretaryHome = defineContract({
  fn: 'home',
  action: 'secretaryHome',
  summary: '书记首页：待审核申报数、党员人数、本期尚无申报的党员',
  roles: '本支部记分员、书记；上级党委管理员可查看',
  audience: 'signedIn',
  /** Without branchId: the branch where the caller is recorder or secretary (when there is just one). */
  request: z.object({ branchId: DocId.optional() }).strict(),
  response: z
    .object({
      branchId: z.string(),
      period: z.object({ key: z.string(), label: z.string() }).strict(),
      queueSize: z.number().int(),
      /** Active members under points management (exempt members are not counted). */
      members: z.number().int(),
      /** Members with no pending or approved report and no positive ledger entry in the current period. */
      membersWithoutReportsThisPeriod: z.array(z.object({ memberId: z.string(), name: z.string() }).strict()),
    })
    .strict(),
  reasons: ['NOT_AN_OFFICER', 'BRANCH_AMBIGUOUS', ...BRANCH_ROLE, ...BRANCH_YEAR],
});
