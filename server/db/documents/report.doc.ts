import { z } from 'zod';
import { StoredDate } from './common';

export const ReportStatus = z.enum(['pending', 'approved', 'rejected', 'withdrawn']);
export type ReportStatus = z.infer<typeof ReportStatus>;

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
    points: z.number().nullable(),
    level: z.string().nullable(),
    quantity: z.number().int().nullable(),
    post: z.string().nullable(),
    status: ReportStatus,
    submittedAt: StoredDate,
    reviewedAt: StoredDate.nullable(),
    reviewedBy: z.string().nullable(),
    rejectReason: z.string().nullable(),
    ledgerEntryId: z.string().nullable(),
  })
  .strict();
export type ReportDoc = z.infer<typeof ReportDoc>;
