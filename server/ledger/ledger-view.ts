import type { LedgerLine } from '../../shared/contracts/reports/ledger-line.schema';
import { nullableDetailsOf } from '../../shared/entry-fields';
import { fromCenti } from '../../shared/points';
import type { LedgerEntryDoc } from './ledger-entry.doc';

/** A ledger document as the contracts show it (the actor's openid left out). */
export function ledgerLine(entry: LedgerEntryDoc): LedgerLine {
  return {
    entryId: entry._id,
    memberId: entry.memberId,
    date: entry.date,
    period: entry.period,
    itemCode: entry.itemCode,
    itemName: entry.itemName,
    ...nullableDetailsOf(entry),
    /** The line's points: its base (signed), not the reviewer's pick the details carry. */
    points: fromCenti(entry.baseCenti),
    actor: { role: entry.actor.role, name: entry.actor.name ?? null },
    at: entry.at.toISOString(),
    reason: entry.reason,
    source: entry.source,
    reportId: entry.reportId,
    meetingId: entry.meetingId,
    reverses: entry.reverses,
    adjusts: entry.adjusts ?? null,
  };
}
