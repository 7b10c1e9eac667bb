import { z } from 'zod';

export const ReportStatusView = z.enum(['pending', 'approved', 'rejected', 'withdrawn']);

/** A report as members and reviewers see it (the submitter's openid is never shown). Times are ISO strings. */
export const ReportView = z
  .object({
    reportId: z.string(),
    branchId: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    itemCode: z.string(),
    itemName: z.string(),
    date: z.string(),
    period: z.string(),
    description: z.string(),
    /** Cloud storage fileIDs (the mini-program shows them directly). */
    photos: z.array(z.string()),
    /** What the member proposed (points for a range item; level, quantity, post where the item has them). */
    points: z.number().nullable(),
    level: z.string().nullable(),
    quantity: z.number().int().nullable(),
    post: z.string().nullable(),
    status: ReportStatusView,
    /** 'review': the content check wants a person to look at the text. */
    textCheck: z.enum(['pass', 'review']),
    submittedAt: z.string(),
    reviewedAt: z.string().nullable(),
    rejectReason: z.string().nullable(),
    reviewNote: z.string().nullable(),
    /** Points the approval entered in the ledger. */
    awardedPoints: z.number().nullable(),
    ledgerEntryId: z.string().nullable(),
  })
  .strict();
export type ReportView = z.infer<typeof ReportView>;
