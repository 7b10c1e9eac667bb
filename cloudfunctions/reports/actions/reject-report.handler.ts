import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { reportViewWithLinks } from '../../../server/reports/report-views';
import { fail } from '../../../server/errors/domain-error';
import { refuseSelfReview } from '../../../server/reports/self-review';
import { Handler } from '../../../server/runtime/route';
import { notifyReportReviewed } from '../../../server/notices/notify';

/**
 * Rejects a pending report with a reason: a conditional update (pending → rejected), so it cannot
 * overwrite a concurrent approval. Rejecting an already rejected report answers it again.
 *
 * Database requests: 3 — the report ∥ roles (access), the conditional update (updateAndReturn). Then, never
 * failing it, 审核结果 to the member: +1 read of their subscription, +1 write.
 */
export const rejectReportHandler: Handler<typeof rejectReport> = async (request, { openid, now, services, access, repos }) => {
  const [report] = await Promise.all([repos.reports.byId(request.reportId), access.roles()]);
  if (!report) throw fail('REPORT_NOT_FOUND');
  await access.requireBranchRole(report.branchId, ['recorder', 'secretary']);
  refuseSelfReview(report, openid);
  if (report.status === 'rejected') return reportViewWithLinks(services.photos, report);
  if (report.status !== 'pending') throw fail('REPORT_ALREADY_REVIEWED', { status: '审核或已撤回', action: '驳回' });
  const changed = await repos.reports.changeIfPending(report._id, {
    status: 'rejected',
    reviewedAt: now,
    reviewedBy: openid,
    rejectReason: request.reason,
  });
  if (!changed) throw fail('REPORT_ALREADY_REVIEWED', { status: '被审核或撤回', action: '驳回' });
  await notifyReportReviewed({ repos, services, now }, changed);
  return reportViewWithLinks(services.photos, changed);
};
