import { z } from 'zod';
import type { EntryInput } from '../../shared/engine';
import { entryFieldsOf, NullableEntryDetails } from '../../shared/entry-fields';
import type { LedgerEntryDoc } from './ledger-entry.doc';

/** A ledger line as the scoring core reads it (reversals keep `reverses`, so the core cancels what they reverse). */
export function entryInputOf(
  entry: Pick<LedgerEntryDoc, '_id' | 'memberId' | 'date' | 'itemCode' | 'points' | 'quantity' | 'level' | 'post' | 'reverses'>,
): EntryInput {
  const input: EntryInput = { id: entry._id, member: entry.memberId, date: entry.date, ...entryFieldsOf(entry.itemCode, entry) };
  if (entry.reverses !== null) input.reverses = entry.reverses;
  return input;
}

/** The entry's details, each under its stored name. */
const DETAIL_FIELDS = Object.fromEntries(NullableEntryDetails.keyof().options.map((name) => [name, name]));

/** The fields of a line the core needs, by the names the grouped rows carry them under. */
export const SCORING_FIELDS: Record<string, string> = { id: '_id', date: 'date', item: 'itemCode', ...DETAIL_FIELDS, reverses: 'reverses' };

export const ScoringRow = z.object({
  id: z.string(),
  date: z.string(),
  item: z.string(),
  ...NullableEntryDetails.shape,
  reverses: z.string().nullable(),
});
export type ScoringRow = z.infer<typeof ScoringRow>;

export function scoringEntryOf(memberId: string, row: ScoringRow): EntryInput {
  return entryInputOf({ ...row, _id: row.id, memberId, itemCode: row.item });
}
