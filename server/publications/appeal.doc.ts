import { z } from 'zod';
import { StoredDate } from '../stored';

/** A member's objection (异议) to a publication, answered by the branch within the scheme's limit. */
export const AppealDoc = z
  .object({
    /** `${publicationId}:${openid hash}:${idempotency key}`-derived: a retried filing finds the first. */
    _id: z.string(),
    publicationId: z.string(),
    branchId: z.string(),
    committeeId: z.string(),
    period: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    openid: z.string(),
    reason: z.string(),
    photos: z.array(z.string()),
    filedAt: StoredDate,
    /** The end of the last day the branch has to answer. */
    answerDue: StoredDate,
    status: z.enum(['open', 'accepted', 'rejected']),
    answeredAt: StoredDate.nullable(),
    answeredBy: z.string().nullable(),
    answer: z.string().nullable(),
    /** The ledger line an accepted appeal wrote (source 'appeal'), if any. */
    correctionEntryId: z.string().nullable(),
  })
  .strict();
export type AppealDoc = z.infer<typeof AppealDoc>;

/** A member's sign-off of a published period (001: 党员签字确认), `_id` = `${publicationId}:${memberId}`. */
export const ConfirmationDoc = z
  .object({
    _id: z.string(),
    publicationId: z.string(),
    branchId: z.string(),
    memberId: z.string(),
    confirmedAt: StoredDate,
  })
  .strict();
export type ConfirmationDoc = z.infer<typeof ConfirmationDoc>;

/**
 * The ledger lines a final publication counted, each with a short hash of what it said, so a later
 * check names the line that changed. `_id` = the publication's id.
 */
export const SealRecordDoc = z
  .object({
    _id: z.string(),
    branchId: z.string(),
    /** `id:hash` pairs, sorted by id, joined with commas (one string keeps the document small). */
    entries: z.string(),
  })
  .strict();
export type SealRecordDoc = z.infer<typeof SealRecordDoc>;

/** The latest link of a branch's seal chain, `_id` = `head:${branchId}` (read and moved in the finalizing transaction). */
export const ChainHeadDoc = z
  .object({
    _id: z.string(),
    branchId: z.string(),
    seal: z.string(),
    publicationId: z.string(),
  })
  .strict();
export type ChainHeadDoc = z.infer<typeof ChainHeadDoc>;

export const chainHeadIdOf = (branchId: string) => `head:${branchId}`;
