import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_YEAR, OWN_MEMBER } from '../reasons/groups';
import { DocId } from '../common.schema';

const ItemPoints = z
  .object({ code: z.string(), name: z.string(), entries: z.number().int(), points: z.number(), counted: z.number() })
  .strict();

/** A category's points in a period (scope 'year': a year-scope category's points earned in the period; no item rows). */
const CategoryPoints = z
  .object({
    code: z.string(),
    name: z.string(),
    scope: z.enum(['period', 'year']),
    start: z.number(),
    points: z.number(),
    items: z.array(ItemPoints),
  })
  .strict();

const PeriodTotal = z.object({ key: z.string(), label: z.string(), total: z.number(), stars: z.number().int().nullable() }).strict();

export const memberHome = defineContract({
  fn: 'home',
  action: 'memberHome',
  summary: '党员首页：本期积分及分类明细、各期与全年积分、星级、等次预估、预警、待审核申报数',
  roles: '已绑定的党员本人',
  audience: 'signedIn',
  request: z.object({ memberId: DocId.optional() }).strict(),
  response: z
    .object({
      member: z.object({ memberId: z.string(), name: z.string(), branchId: z.string() }).strict(),
      year: z.number().int(),
      asOf: z.string(),
      scheme: z.object({ id: z.string(), version: z.number().int(), name: z.string(), periodUnit: z.enum(['month', 'quarter']) }).strict(),
      /** 不纳入积分管理: no points are kept for this member; the point fields are empty. */
      exempt: z.boolean(),
      /** The day the branch's scoring starts this year (a branch adopting its scheme mid-year starts later). */
      scoringFrom: z.string(),
      /** False before scoringFrom: nothing is counted yet, the point fields are empty. */
      scoringStarted: z.boolean(),
      currentPeriod: PeriodTotal.extend({ categories: z.array(CategoryPoints) })
        .strict()
        .nullable(),
      /** Every period counted so far this year, in order (the page sums months into quarters itself). */
      periods: z.array(PeriodTotal),
      yearCategories: z.array(CategoryPoints),
      yearTotal: z.number(),
      /** How the year total comes from the periods (sum, average, divided), in words for beside it. */
      yearTotalRule: z.object({ combine: z.enum(['sum', 'average', 'divide']), text: z.string() }).strict(),
      stars: z.number().int().nullable(),
      /** The grade these points would reach, BEFORE the branch's quota (e.g. 优秀 ≤ 20 %): a preview only. */
      gradePreview: z.object({ code: z.string(), name: z.string() }).strict().nullable(),
      gradePreviewIgnoresQuota: z.literal(true),
      gradeNote: z.enum(['notGraded', 'awaitingReview', 'noGrading']).nullable(),
      warnings: z.array(z.object({ code: z.string(), name: z.string(), action: z.string(), period: z.string().nullable() }).strict()),
      veto: z.object({ itemCode: z.string(), name: z.string(), date: z.string() }).strict().nullable(),
      pendingReports: z.number().int(),
    })
    .strict(),
  reasons: [...OWN_MEMBER, ...BRANCH_YEAR],
});
