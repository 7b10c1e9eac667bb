import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { reportViewWithLinks } from '../../../server/reports/report-views';
import { fail } from '../../../server/errors/domain-error';
import { DuplicateLineError } from '../../../server/ledger/duplicate-line';
import { approvalOf, approvedByExisting, reportSourceKey, REVIEWED_STATUS_ZH } from '../../../server/reports/approval';
import { refuseSelfReview } from '../../../server/reports/self-review';
import { pinnedBranchYear } from '../../../server/schemes/scheme-cache';
import { Handler } from '../../../server/runtime/route';
import { notifyReportReviewed } from '../../../server/notices/notify';

/**
 * Approves a pending report and writes its ledger entry, atomically and once: inside one transaction
 * it reads the report, returns the existing entry when already approved, refuses a rejected or
 * withdrawn one, else marks it approved and adds the entry (sourceKey "report:<id>", unique: a second
 * guard). Concurrent approvals lose the transaction, re-run, find it approved and return that entry.
 *
 * Database requests: 6 on a warm instance — roles (access, started alongside the transaction) +
 * transaction start, get report, update report, add entry, commit. A cold instance (or a report
 * without a pinned-scheme reference) adds 1 read of the branch-year, then caches the pinned scheme
 * under branch:year@scheme (server/schemes/scheme-cache.ts). Already approved: roles + start, get, commit = 4.
 * A new approval then sends 审核结果 to the member, never failing it: +1 read of their subscription, +1 write.
 */
export const approveReportHandler: Handler<typeof approveReport> = async (
  request,
  { openid, now, services, access, repos, transaction },
) => {
  access.roles().catch(() => undefined); // overlap the roles query with the transaction's start
  const sourceKey = reportSourceKey(request.reportId);
  try {
    const outcome = await transaction(
      async (tx) => {
        const report = await tx.reports.byId(request.reportId);
        if (!report) throw fail('REPORT_NOT_FOUND');
        const role = await access.requireBranchRole(report.branchId, ['recorder', 'secretary']);
        refuseSelfReview(report, openid);
        const actor = await access.actor(report.branchId, role);
        if (report.status === 'approved' && report.ledgerEntryId) return { entryId: report.ledgerEntryId, report, approvedNow: false };
        if (report.status === 'rejected' || report.status === 'withdrawn') {
          throw fail('REPORT_ALREADY_REVIEWED', { status: REVIEWED_STATUS_ZH[report.status], action: '审核通过' });
        }

        const branchYear = await pinnedBranchYear(repos, report.branchId, report.year, report.scheme);
        const { entry, approved } = approvalOf(branchYear, report, request, { actor, openid, now });
        // The report first: its write decides which concurrent approval wins.
        await tx.reports.update(report._id, approved);
        await tx.ledger.append([entry]);
        return { entryId: entry._id, report: { ...report, ...approved }, approvedNow: true };
      },
      { contended: true },
    );
    if (outcome.approvedNow) await notifyReportReviewed({ repos, services, now }, outcome.report);
    return { entryId: outcome.entryId, report: await reportViewWithLinks(services.photos, outcome.report) };
  } catch (error) {
    if (!(error instanceof DuplicateLineError)) throw error;
    // The unique sourceKey refused a second entry for this report: the entry exists (the transaction
    // wrote nothing). Answer with it, and mark the report approved if it is still pending.
    const [existing] = await repos.ledger.bySourceKeys([sourceKey]);
    if (!existing) throw error;
    const repaired = await repos.reports.changeIfPending(request.reportId, approvedByExisting(existing));
    const current = repaired ?? (await repos.reports.byId(request.reportId));
    if (!current) throw fail('REPORT_NOT_FOUND');
    return { entryId: existing._id, report: await reportViewWithLinks(services.photos, current) };
  }
};
