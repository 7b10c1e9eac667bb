import { EntryFields, entryFieldsOf } from '../../shared/entry-fields';
import type { Actor } from '../stored';
import type { LedgerEntryDoc } from './ledger-entry.doc';
import type { BranchYear } from '../schemes/branch-year';
import { ledgerEntry } from './ledger-entry';

/** The fields an entry was written with. */
export const fieldsOfEntry = (entry: LedgerEntryDoc): EntryFields => entryFieldsOf(entry.itemCode, entry);

/**
 * The lines of an adjustment: the reversal cancels `original` (same member, item and fields, as the
 * core requires; "reversal:<id>" so an entry is reversed once; baseCenti negated so the ledger shows
 * what it takes away) and, unless it is a cancellation, the replacement with the new fields
 * ("adjust:<id>"). Both keep the original's date, period and links; both are source 'adjustment'.
 */
export function adjustmentLines(
  branchYear: BranchYear,
  original: LedgerEntryDoc,
  replacement: EntryFields | null,
  actor: Actor,
  at: Date,
  reason: string,
): LedgerEntryDoc[] {
  const common = {
    member: { _id: original.memberId, branchId: original.branchId },
    year: original.year,
    period: original.period,
    date: original.date,
    actor,
    at,
    reason,
    source: 'adjustment' as const,
    reportId: original.reportId,
    meetingId: original.meetingId,
  };
  const reversal = ledgerEntry(branchYear, {
    ...common,
    sourceKey: `reversal:${original._id}`,
    fields: fieldsOfEntry(original),
    reverses: original._id,
  });
  const lines: LedgerEntryDoc[] = [{ ...reversal, baseCenti: -original.baseCenti }];
  if (replacement)
    lines.push({
      ...ledgerEntry(branchYear, { ...common, sourceKey: `adjust:${original._id}`, fields: replacement }),
      adjusts: original._id,
    });
  return lines;
}
