import type { ReportView } from '../../shared/contracts/reports/report-view.schema';
import { nullableDetailsOf } from '../../shared/entry-fields';
import { fromCenti } from '../../shared/points';
import type { ReportDoc } from './report.doc';

/** A stored report as the contracts show it (no openids; ISO times), its photos with their links (report-photo-links.ts). */
export function reportView(report: ReportDoc, links: ReadonlyMap<string, string | null>): ReportView {
  return {
    reportId: report._id,
    branchId: report.branchId,
    memberId: report.memberId,
    memberName: report.memberName,
    itemCode: report.itemCode,
    itemName: report.itemName,
    date: report.date,
    period: report.period,
    description: report.description,
    photos: report.photos.map((fileId) => ({ fileId, url: links.get(fileId) ?? null })),
    ...nullableDetailsOf(report),
    status: report.status,
    textCheck: report.textCheck ?? 'pass',
    submittedAt: report.submittedAt.toISOString(),
    reviewedAt: report.reviewedAt ? report.reviewedAt.toISOString() : null,
    rejectReason: report.rejectReason,
    reviewNote: report.reviewNote ?? null,
    awardedPoints: report.awardedCenti === undefined || report.awardedCenti === null ? null : fromCenti(report.awardedCenti),
    ledgerEntryId: report.ledgerEntryId,
  };
}
