import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_YEAR, OWN_MEMBER } from '../reasons/groups';
import { DocId } from '../common.schema';

/**
 * How an item turns into points, as the member reads it before reporting. 'range': the reviewer picks
 * the points within [min, max] (the member may propose some); 'levels': the member names a level.
 */
export const ReportItemPoints = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), value: z.number() }).strict(),
  z.object({ kind: z.literal('perOccurrence'), value: z.number(), unit: z.string(), maxQuantity: z.number().int() }).strict(),
  z.object({ kind: z.literal('range'), min: z.number(), max: z.number(), step: z.number() }).strict(),
  z
    .object({ kind: z.literal('levels'), levels: z.array(z.object({ code: z.string(), name: z.string(), value: z.number() }).strict()) })
    .strict(),
]);
export type ReportItemPoints = z.infer<typeof ReportItemPoints>;

/** One item the member may report, with what the scheme asks as proof. */
export const ReportItem = z
  .object({
    code: z.string(),
    name: z.string(),
    /** The section of the category it belongs to (001 履行党员义务 → 学习教育), if any. */
    section: z.string().nullable(),
    description: z.string().nullable(),
    points: ReportItemPoints,
    /** photo: 'required' (a report without one is refused), 'optional', 'none' (photos are refused). */
    evidence: z.object({ photo: z.enum(['required', 'optional', 'none']), attestation: z.boolean(), hint: z.string().nullable() }).strict(),
    /** The item names one of the member's volunteer posts (001): the member's own posts to pick from. */
    posts: z.array(z.object({ code: z.string(), name: z.string() }).strict()).nullable(),
  })
  .strict();
export type ReportItem = z.infer<typeof ReportItem>;

/**
 * Everything the report page needs, in one call: the member's reportable items by category, the dates
 * a report may carry today (open periods, oldest first), the folder photos go to, the photo limit.
 */
export const reportForm = defineContract({
  fn: 'reports',
  action: 'reportForm',
  summary: '申报页：本人可申报的项目（按类别，含分值与佐证要求）、今天可选的日期、照片上传目录',
  roles: '已绑定的党员本人（在多个支部有身份时指明 memberId）',
  audience: 'signedIn',
  request: z.object({ memberId: DocId.optional() }).strict(),
  response: z
    .object({
      member: z.object({ memberId: z.string(), name: z.string(), branchId: z.string() }).strict(),
      year: z.number().int(),
      /** Today, Beijing time (the default date of a report). */
      today: z.string(),
      scheme: z.object({ id: z.string(), version: z.number().int(), name: z.string(), periodUnit: z.enum(['month', 'quarter']) }).strict(),
      /** 不纳入积分管理: the member reports nothing (submitReport answers CALLER_EXEMPT). */
      exempt: z.boolean(),
      /**
       * The days a report may be dated today, one range per open period, oldest first: not after today,
       * not before the scoring start, periods not published, last period only within its late-entry days.
       */
      openDates: z.array(z.object({ period: z.string(), label: z.string(), from: z.string(), to: z.string() }).strict()),
      /** Where the caller uploads report photos (cloud path prefix: reports/<openid>/). */
      photoFolder: z.string(),
      maxPhotos: z.number().int(),
      categories: z.array(z.object({ code: z.string(), name: z.string(), items: z.array(ReportItem) }).strict()),
      /**
       * The 审核结果 notice (订阅消息) the page may ask for at the submit tap: its template id and the messages
       * the caller has agreed to and not yet received (notices.recordConsent adds one per 允许). null: this
       * deployment sends no such notice.
       */
      reviewNotice: z.object({ templateId: z.string(), credits: z.number().int() }).strict().nullable(),
    })
    .strict(),
  reasons: [...OWN_MEMBER, ...BRANCH_YEAR],
});
