import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';
import { DocId, PageRequest } from '../common.schema';
import { ReportView } from './report-view.schema';

export const reviewQueue = defineContract({
  fn: 'reports',
  action: 'reviewQueue',
  summary: '支部待审核的申报（最早提交的在前）',
  roles: '本支部记分员、书记；上级党委管理员可查看',
  audience: 'signedIn',
  request: PageRequest.extend({ branchId: DocId }).strict(),
  response: z.object({ total: z.number().int(), reports: z.array(ReportView) }).strict(),
  reasons: [...BRANCH_ROLE],
});
