import { z } from 'zod';
import type { EntryInput } from '../../shared/engine';
import type { LedgerEntryDoc } from './ledger-entry.doc';

/** A ledger line as the scoring core reads it (reversals keep `reverses`, so the core cancels what they reverse). */
export function entryInputOf(
  entry: Pick<LedgerEntryDoc, '_id' | 'memberId' | 'date' | 'itemCode' | 'points' | 'quantity' | 'level' | 'post' | 'reverses'>,
): EntryInput {
  return {
    id: entry._id,
    member: entry.memberId,
    date: entry.date,
    item: entry.itemCode,
    ...(entry.points !== null ? { points: entry.points } : {}),
    ...(entry.quantity !== null ? { quantity: entry.quantity } : {}),
    ...(entry.level !== null ? { level: entry.level } : {}),
    ...(entry.post !== null ? { post: entry.post } : {}),
    ...(entry.reverses !== null ? { reverses: entry.reverses } : {}),
  };
}

/** The fields of a line the core needs, by the names the grouped rows carry them under. */
export const SCORING_FIELDS = {
  id: '_id',
  date: 'date',
  item: 'itemCode',
  points: 'points',
  quantity: 'quantity',
  level: 'level',
  post: 'post',
  reverses: 'reverses',
};

export const ScoringRow = z.object({
  id: z.string(),
  date: z.string(),
  item: z.string(),
  points: z.number().nullable(),
  quantity: z.number().int().nullable(),
  level: z.string().nullable(),
  post: z.string().nullable(),
  reverses: z.string().nullable(),
});
export type ScoringRow = z.infer<typeof ScoringRow>;

export function scoringEntryOf(memberId: string, row: ScoringRow): EntryInput {
  return entryInputOf({
    _id: row.id,
    memberId,
    date: row.date,
    itemCode: row.item,
    points: row.points,
    quantity: row.quantity,
    level: row.level,
    post: row.post,
    reverses: row.reverses,
  });
}
