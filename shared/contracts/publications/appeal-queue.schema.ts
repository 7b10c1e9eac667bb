import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';
import { AppealView } from './publication-view.schema';

/** A branch's unanswered appeals, the most urgent first, with the overdue ones flagged. */
export const appealQueue = defineContract({
  fn: 'publications',
  action: 'appealQueue',
  summary: '待答复的异议（最紧急的在前，超期的标出）',
  roles: '本支部书记、记分员；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId }).strict(),
  response: z.object({ appeals: z.array(AppealView) }).strict(),
  reasons: [...BRANCH_ROLE],
});
