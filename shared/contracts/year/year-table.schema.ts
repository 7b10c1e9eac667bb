import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';
import { ActorView, GradeCounts, GradeRef, QuotaView, ReviewRules, SchemeView, YearRow, YearStatus } from './year-fields.schema';

/**
 * The branch's year as its pages show it: while 'open', computed live by the scoring core from the
 * ledger, the democratic-review results entered so far and the members' decided earlier years; once
 * proposed, the frozen snapshot (and, once decided, the committee's decision beside it).
 */
export const YearTableData = z
  .object({
    branchId: z.string(),
    year: z.number().int(),
    status: YearStatus,
    /** Changes with every write (reviews, proposal, decision): a page can tell that what it shows is stale. */
    revision: z.number().int(),
    scheme: SchemeView,
    /** The date the numbers were computed as of (today while open, at most 31 December; the proposal's date once frozen). */
    asOf: z.string(),
    /** The scoring start and the periods the year total counts. */
    from: z.string(),
    countedPeriods: z.array(z.string()),
    /** The scheme's grades, best first; empty when the scheme does not grade (002). */
    grades: z.array(GradeRef),
    reviewRules: ReviewRules,
    /** Members (under points management) without every review round entered, when the scheme uses reviews. */
    reviewsMissing: z.number().int(),
    quotas: z.array(QuotaView),
    rankingEnabled: z.boolean(),
    rows: z.array(YearRow),
    /** Members not under points management (不纳入积分管理): not scored, not graded. */
    exempt: z.array(z.object({ memberId: z.string(), name: z.string(), reason: z.string().nullable() }).strict()),
    /** Of the proposed grades (open: of the computed ones). */
    counts: GradeCounts,
    proposal: z.object({ at: z.string(), by: ActorView }).strict().nullable(),
    decision: z
      .object({
        at: z.string(),
        by: ActorView,
        /** 党委评定意见. */
        opinion: z.string().nullable(),
        changes: z.number().int(),
        counts: GradeCounts,
      })
      .strict()
      .nullable(),
  })
  .strict();

export const yearTable = defineContract({
  fn: 'year',
  action: 'yearTable',
  summary: '支部年度积分与等次表：年度总分、星级、等次（含名额与并列说明）、民主评议、预警与处置；申报后为冻结快照',
  roles: '本支部记分员、书记；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, year: Year }).strict(),
  response: YearTableData,
  reasons: [...BRANCH_ROLE, ...BRANCH_YEAR, 'YEAR_NOT_STARTED', 'YEAR_REVIEWS_STALE'],
});
