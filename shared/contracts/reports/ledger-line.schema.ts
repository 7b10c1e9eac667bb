import { z } from 'zod';
import { NullableEntryDetails } from '../../entry-fields';

export const LedgerSourceView = z.enum(['report', 'recorder', 'attendance', 'adjustment', 'appeal', 'system']);

/** One ledger line (台账) as shown to the member and the branch. The actor's openid is never shown. */
export const LedgerLine = z
  .object({
    entryId: z.string(),
    memberId: z.string(),
    date: z.string(),
    period: z.string(),
    itemCode: z.string(),
    itemName: z.string(),
    /** The line's points before multipliers and caps (signed; a reversal shows the cancelled points negated). */
    points: z.number(),
    /** The entry's level, quantity and post (null: the item has none). */
    ...NullableEntryDetails.omit({ points: true }).shape,
    actor: z
      .object({ role: z.enum(['member', 'recorder', 'secretary', 'committeeAdmin', 'system']), name: z.string().nullable() })
      .strict(),
    at: z.string(),
    reason: z.string(),
    source: LedgerSourceView,
    reportId: z.string().nullable(),
    meetingId: z.string().nullable(),
    /** Set on a reversal: the entry it cancels. */
    reverses: z.string().nullable(),
    /** Set on an adjustment's replacement line: the entry it replaces. */
    adjusts: z.string().nullable(),
  })
  .strict();
export type LedgerLine = z.infer<typeof LedgerLine>;
