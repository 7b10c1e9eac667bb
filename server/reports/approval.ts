import { reviewedEntryFields, type ReviewedEntryDetails } from '../../shared/entry-fields';
import type { Actor } from '../stored';
import { requireItem } from '../ledger/item-rules';
import { ledgerEntry, requireValidEntry } from '../ledger/ledger-entry';
import type { LedgerEntryDoc } from '../ledger/ledger-entry.doc';
import type { BranchYear } from '../schemes/branch-year';
import type { ReportDoc } from './report.doc';

/** How a report that can no longer be approved or rejected is described ("该申报已被驳回"). */
export const REVIEWED_STATUS_ZH = { approved: '审核通过', rejected: '被驳回', withdrawn: '被撤回' } as const;

/** What the reviewer decides on approval: points, level and quantity (absent: what the member proposed), and a note. */
export type ReviewChoice = ReviewedEntryDetails & { note?: string };

export const reportSourceKey = (reportId: string) => `report:${reportId}`;

/**
 * The ledger entry approving a pending report writes, and the report's approved fields: checked against
 * the report's pinned scheme (VALIDATION naming `pathPrefix` + the field). The post was checked against
 * the member's claimed posts at submission; the reviewer cannot change it.
 */
export function approvalOf(
  branchYear: BranchYear,
  report: ReportDoc,
  choice: ReviewChoice,
  reviewer: { actor: Actor; openid: string; now: Date },
  pathPrefix = '',
): {
  entry: LedgerEntryDoc;
  approved: Pick<ReportDoc, 'status' | 'reviewedAt' | 'reviewedBy' | 'ledgerEntryId' | 'reviewNote' | 'awardedCenti'>;
} {
  const item = requireItem(branchYear, report.itemCode, `${pathPrefix}itemCode`);
  const fields = reviewedEntryFields(item.code, report, choice);
  requireValidEntry(branchYear, fields, { posts: report.post ? [report.post] : [] }, pathPrefix);
  const entry = ledgerEntry(branchYear, {
    sourceKey: reportSourceKey(report._id),
    member: { _id: report.memberId, branchId: report.branchId },
    year: report.year,
    period: report.period,
    date: report.date,
    fields,
    actor: reviewer.actor,
    at: reviewer.now,
    reason: choice.note ?? `申报审核通过：${report.description.slice(0, 60)}`,
    source: 'report',
    reportId: report._id,
  });
  return {
    entry,
    approved: {
      status: 'approved',
      reviewedAt: reviewer.now,
      reviewedBy: reviewer.openid,
      ledgerEntryId: entry._id,
      reviewNote: choice.note ?? null,
      awardedCenti: entry.baseCenti,
    },
  };
}

/** The fields marking a pending report approved by an entry the ledger holds already (the unique sourceKey's repair). */
export function approvedByExisting(existing: LedgerEntryDoc): Partial<Omit<ReportDoc, '_id'>> {
  return {
    status: 'approved',
    reviewedAt: existing.at,
    reviewedBy: existing.actor.openid,
    ledgerEntryId: existing._id,
    reviewNote: null,
    awardedCenti: existing.baseCenti,
  };
}
