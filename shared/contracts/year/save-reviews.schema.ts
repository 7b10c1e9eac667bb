import { z } from 'zod';
import { ReviewGrade } from '../../scheme/schema';
import { DocId, PointsValue, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, COMMITTEE_ADMIN } from '../reasons/groups';
import { YEAR_STATE_REASONS } from './year-fields.schema';

/** One member's democratic-review result for one round; `grade: null` clears a result entered before. */
export const ReviewResultInput = z
  .object({
    memberId: DocId,
    /** 1, or 2 where the scheme holds two rounds a year (003 pipeline). */
    round: z.union([z.literal(1), z.literal(2)]).default(1),
    grade: ReviewGrade.nullable(),
    /** Needed where the scheme gives a range for the result (优秀 23–25); a fixed value may be left out. */
    points: PointsValue.optional(),
  })
  .strict();

/**
 * Enters democratic-review results (民主评议) for a branch-year, checked against the branch's pinned
 * scheme: each result is stored as the scheme maps it (points filled in where fixed). Results for
 * members or rounds not named stay as they are, so a large branch is entered in several calls. Open
 * until the branch proposes its grades (then CONFLICT YEAR_ALREADY_PROPOSED). An officer's own result
 * is entered by another officer or the committee (FORBIDDEN SELF_ENTRY).
 */
export const saveReviews = defineContract({
  fn: 'year',
  action: 'saveReviews',
  summary: '录入民主评议结果（按本年度积分方案校验；支部申报等次前可修改）',
  roles: '本支部书记；上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      branchId: DocId,
      year: Year,
      results: z.array(ReviewResultInput).min(1, '请至少录入一条评议结果').max(500, '每次最多录入 500 条，请分批录入'),
    })
    .strict(),
  response: z
    .object({
      branchId: z.string(),
      year: z.number().int(),
      revision: z.number().int(),
      /** Results stored for the branch-year, after this call. */
      stored: z.number().int(),
      /** Results this call added, changed or cleared. */
      changed: z.number().int(),
    })
    .strict(),
  reasons: [...BRANCH_ROLE, ...COMMITTEE_ADMIN, ...BRANCH_YEAR, 'YEAR_NO_REVIEWS', 'FIELD_INVALID', 'SELF_ENTRY', ...YEAR_STATE_REASONS],
});
