import { localDateToInt } from '../../period';
import type { ScoringInput } from '../scoring-input.schema';
import { UNNUMBERED_ENTRY } from '../trace-wording';
import type { IssueList } from './issue-list';
import { alreadyReversedText, duplicateEntryText, REVERSAL_MISMATCH, REVERSAL_OF_REVERSAL, unknownEntryText } from '../input-wording';

/** An entry cancelled by a reversal, for the trace. */
export interface Reversal {
  member: number;
  entry: string;
  by: string;
  item: string;
  date: string;
}

/**
 * Pairs each reversal (an entry with `reverses`) with the entry it cancels, checking entry ids are unique
 * and the pair is consistent. A reversal dated after asOf does not count yet. Returns the indexes of the
 * entries cancelled (both of each pair) and the reversals in date order (explanations must not depend
 * on the order entries arrive in).
 */
export function findReversals(
  input: ScoringInput,
  memberIndex: Map<string, number>,
  issues: IssueList,
): { cancelled: Set<number>; reversals: Reversal[] } {
  const entryById = new Map<string, number>();
  input.entries.forEach((entry, i) => {
    if (entry.id === undefined) return;
    if (entryById.has(entry.id)) issues.add(`entries.${i}.id`, duplicateEntryText(entry.id));
    entryById.set(entry.id, i);
  });

  const asOfInt = localDateToInt(input.asOf);
  const cancelled = new Set<number>();
  const reversals: Reversal[] = [];
  input.entries.forEach((entry, i) => {
    if (entry.reverses === undefined) return;
    const target = entryById.get(entry.reverses);
    const original = target === undefined ? undefined : input.entries[target];
    if (target === undefined || !original) return issues.add(`entries.${i}.reverses`, unknownEntryText(entry.reverses));
    if (original.reverses !== undefined) return issues.add(`entries.${i}.reverses`, REVERSAL_OF_REVERSAL);
    if (original.member !== entry.member || original.item !== entry.item) {
      return issues.add(`entries.${i}.reverses`, REVERSAL_MISMATCH);
    }
    if (cancelled.has(target)) return issues.add(`entries.${i}.reverses`, alreadyReversedText(entry.reverses));
    if (localDateToInt(entry.date) > asOfInt) return;
    cancelled.add(target);
    cancelled.add(i);
    const member = memberIndex.get(entry.member);
    if (member !== undefined) {
      reversals.push({ member, entry: entry.reverses, by: entry.id ?? UNNUMBERED_ENTRY, item: entry.item, date: original.date });
    }
  });
  reversals.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
  return { cancelled, reversals };
}
