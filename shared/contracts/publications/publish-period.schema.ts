import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';
import { BoardRowView, PublicationPeriodKey, PublicationSummary } from './publication-view.schema';

/**
 * Publishes a period's scores to the branch (公示): the board computed from the ledger, open for the
 * scheme's window, the period closed to new entries (a published period changes only through an appeal).
 * Publishing a period again (a retry, or two secretaries at once) answers the one publication.
 */
export const publishPeriod = defineContract({
  fn: 'publications',
  action: 'publishPeriod',
  summary: '发布本期公示（公示期内党员可查看并提出异议；本期不再录入新的积分）',
  roles: '本支部书记',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, period: PublicationPeriodKey }).strict(),
  response: z.object({ publication: PublicationSummary, board: z.array(BoardRowView), publishedNow: z.boolean() }).strict(),
  reasons: [...BRANCH_ROLE, ...BRANCH_YEAR, 'FIELD_INVALID', 'PERIOD_NOT_OVER', 'REPORTS_PENDING'],
});
