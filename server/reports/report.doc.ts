import { z } from 'zod';
import { NullableEntryDetails } from '../../shared/entry-fields';
import { ReportStatus } from '../../shared/contracts/reports/report-view.schema';
import { StoredDate } from '../stored';

export { ReportStatus };

/**
 * The branch-year's scheme a report was checked against. A branch-year's scheme cannot change once any
 * report or ledger entry exists (the org function refuses), so approval may use a cached copy.
 */
export const PinnedSchemeRef = z
  .object({ source: z.enum(['preset', 'custom']), id: z.string(), version: z.number().int().positive() })
  .strict();
export type PinnedSchemeRef = z.infer<typeof PinnedSchemeRef>;

/** A member's claim of an item (申报), reviewed by the recorder or secretary. */
export const ReportDoc = z
  .object({
    _id: z.string(),
    branchId: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    /** The WeChat user who submitted it. */
    openid: z.string(),
    /** Client-generated: a retried submission finds this report instead of making a second. */
    idempotencyKey: z.string(),
    year: z.number().int(),
    period: z.string(),
    date: z.string(),
    itemCode: z.string(),
    itemName: z.string(),
    description: z.string(),
    photos: z.array(z.string()),
    /** What the member proposed: points for a range item; level, quantity and post where the item has them (null: none). */
    ...NullableEntryDetails.shape,
    status: ReportStatus,
    submittedAt: StoredDate,
    reviewedAt: StoredDate.nullable(),
    reviewedBy: z.string().nullable(),
    rejectReason: z.string().nullable(),
    ledgerEntryId: z.string().nullable(),
    // Added with the reports function; optional so documents written before them still parse.
    scheme: PinnedSchemeRef.optional(),
    /** security.msgSecCheck's verdict on the description: 'pass' or 'review' (risky text is never stored). */
    textCheck: z.enum(['pass', 'review']).optional(),
    /** security.mediaCheckAsync trace ids, one per photo (null when the call failed); the verdict arrives later. */
    photoTraceIds: z.array(z.string().nullable()).optional(),
    /** The reviewer's note on approval. */
    reviewNote: z.string().nullable().optional(),
    /** Points the approval put in the ledger (hundredths, the entry's baseCenti). */
    awardedCenti: z.number().int().nullable().optional(),
  })
  .strict();
export type ReportDoc = z.infer<typeof ReportDoc>;
