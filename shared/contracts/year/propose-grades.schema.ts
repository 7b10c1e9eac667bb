import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';
import { YEAR_STATE_REASONS } from './year-fields.schema';
import { YearTableData } from './year-table.schema';

/**
 * The branch proposes its grades: the year is computed by the scoring core (ledger, review results,
 * the members' decided earlier years) and frozen with the scheme version — totals, stars, grades after
 * the quota, warnings, flags, escalation. From then on review results cannot change and the numbers
 * shown are the snapshot's. Once the year's last period has started (CONFLICT YEAR_TOO_EARLY before).
 * Of two proposals at once one is stored; the other is answered CONFLICT YEAR_ALREADY_PROPOSED.
 */
export const proposeGrades = defineContract({
  fn: 'year',
  action: 'proposeGrades',
  summary: '支部申报年度等次：按积分方案计算并冻结年度结果（记录方案版本），报上级党委审定',
  roles: '本支部书记',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, year: Year }).strict(),
  response: YearTableData,
  reasons: [
    ...BRANCH_ROLE,
    ...BRANCH_YEAR,
    'YEAR_NOT_STARTED',
    'YEAR_TOO_EARLY',
    'YEAR_REVIEWS_MISSING',
    'YEAR_REVIEWS_STALE',
    ...YEAR_STATE_REASONS,
  ],
});
