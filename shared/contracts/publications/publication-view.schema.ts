import { z } from 'zod';
import { PhotoView } from '../reports/report-view.schema';

/** The kinds of period a scheme publishes: month '2026-03', quarter '2026-Q1', year '2026'. */
export const PublicationPeriodKey = z.string().regex(/^\d{4}(-\d{2}|-Q[1-4])?$/, '应写作 2026-03（月）、2026-Q1（季度）或 2026（年度）');

/** One member's row on the board (form D): name, grade so far, score, and plus and minus per period. */
export const BoardRowView = z
  .object({
    memberId: z.string(),
    name: z.string(),
    /** 不纳入积分管理: listed, without points. */
    exempt: z.boolean(),
    /** The year's total so far (as of the period's end). */
    total: z.number(),
    stars: z.number().int().nullable(),
    grade: z.object({ code: z.string(), name: z.string() }).strict().nullable(),
    periods: z.array(z.object({ key: z.string(), label: z.string(), total: z.number(), plus: z.number(), minus: z.number() }).strict()),
    /** Only when the branch shows rankings (off by default). */
    rank: z.number().int().nullable(),
  })
  .strict();
export type BoardRowView = z.infer<typeof BoardRowView>;

/** A publication as lists and headers show it. Times are ISO strings. */
export const PublicationSummary = z
  .object({
    publicationId: z.string(),
    branchId: z.string(),
    period: z.string(),
    kind: z.enum(['month', 'quarter', 'year']),
    label: z.string(),
    status: z.enum(['open', 'final']),
    publishedAt: z.string(),
    /** The window ends at the end of this day's last moment; appeals until `appealsUntil`. */
    windowEndsAt: z.string(),
    appealsUntil: z.string(),
    finalizedAt: z.string().nullable(),
    /** The SHA-256 seal of a final publication (chained to the branch's previous one). */
    seal: z.string().nullable(),
  })
  .strict();
export type PublicationSummary = z.infer<typeof PublicationSummary>;

/** A member's appeal and its answer. */
export const AppealView = z
  .object({
    appealId: z.string(),
    publicationId: z.string(),
    period: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    reason: z.string(),
    photos: z.array(PhotoView),
    filedAt: z.string(),
    /** The end of the last day the branch has to answer. */
    answerDue: z.string(),
    /** Unanswered past `answerDue` (the committee sees these). */
    overdue: z.boolean(),
    status: z.enum(['open', 'accepted', 'rejected']),
    answeredAt: z.string().nullable(),
    answer: z.string().nullable(),
    /** The ledger line an accepted appeal wrote. */
    correctionEntryId: z.string().nullable(),
  })
  .strict();
export type AppealView = z.infer<typeof AppealView>;
