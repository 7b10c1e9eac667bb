import { z } from 'zod';
import { NullableEntryDetails } from '../../entry-fields';

/** A photo as pages show it: its fileID, and a temporary link (2 hours) to show it with; null: the file is gone. */
export const PhotoView = z.object({ fileId: z.string(), url: z.string().nullable() }).strict();
export type PhotoView = z.infer<typeof PhotoView>;

/** A report's state: the one definition, for the contracts and the stored document alike. */
export const ReportStatus = z.enum(['pending', 'approved', 'rejected', 'withdrawn']);
export type ReportStatus = z.infer<typeof ReportStatus>;

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
    /**
     * The photos: each fileID, and a temporary link (2 hours) to show it with — storage rules let only
     * the uploader read a file directly, so reviewers see it through this link. null: the file is gone.
     */
    photos: z.array(PhotoView),
    /** What the member proposed (points for a range item; level, quantity, post where the item has them). */
    ...NullableEntryDetails.shape,
    status: ReportStatus,
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
