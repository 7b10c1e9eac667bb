import { z } from 'zod';
import { NullableEntryDetails } from '../../shared/entry-fields';
import { Actor, StoredDate } from '../stored';

export const LedgerSource = z.enum(['report', 'recorder', 'attendance', 'adjustment', 'appeal', 'system']);
export type LedgerSource = z.infer<typeof LedgerSource>;

/**
 * One line of the ledger (台账). Append-only: never updated or removed. An adjustment is a reversal
 * (an entry with `reverses`) plus a new entry. `sourceKey` is unique, so each source produces its
 * entry once however often or concurrently it is processed ("report:<id>", "reversal:<entryId>",
 * "attendance:<meetingId>:<memberId>", "recorder:<branchId>:<idempotency key>", "adjust:<entryId>").
 * An adjustment writes both lines with source 'adjustment': the reversal (`reverses` = the entry, same
 * item and fields, baseCenti negated for display) and the replacement (`adjusts` = the entry).
 */
export const LedgerEntryDoc = z
  .object({
    _id: z.string(),
    sourceKey: z.string(),
    branchId: z.string(),
    memberId: z.string(),
    year: z.number().int(),
    period: z.string(),
    date: z.string(),
    itemCode: z.string(),
    itemName: z.string(),
    /** The reviewer's pick for range items; level, quantity and post where the item has them (null: none). */
    ...NullableEntryDetails.shape,
    /** The item's points for this entry before multipliers and caps (hundredths, signed), for display. */
    baseCenti: z.number().int(),
    actor: Actor,
    at: StoredDate,
    reason: z.string(),
    source: LedgerSource,
    reportId: z.string().nullable(),
    meetingId: z.string().nullable(),
    reverses: z.string().nullable(),
    /** On the replacement line of an adjustment: the entry it replaces (optional: added later). */
    adjusts: z.string().nullable().optional(),
  })
  .strict();
export type LedgerEntryDoc = z.infer<typeof LedgerEntryDoc>;
