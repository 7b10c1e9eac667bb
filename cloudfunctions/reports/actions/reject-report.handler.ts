import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { ReportDoc } from '../../../server/reports/report.doc';
import { refuseSelfReview } from '../../../server/reports/self-review';
import { reportViewWithLinks } from '../../../server/adapters/storage/photo-links';
import { conflict, notFound } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * Rejects a pending report with a reason: a conditional update (pending → rejected), so it cannot
 * overwrite a concurrent approval. Rejecting an already rejected report answers it again.
 *
 * Database requests: 3 — the report ∥ roles (access), the conditional update (updateAndReturn).
 */
export const rejectReportHandler: Handler<typeof rejectReport> = async (request, { openid, now, services, access }) => {
  const reports = services.db.collection(COLLECTIONS.reports);
  const [found] = await Promise.all([reports.doc(request.reportId).get(), access.roles()]);
  if (!found.data[0]) throw notFound('申报不存在', 'REPORT_NOT_FOUND');
  const report = ReportDoc.parse(found.data[0]);
  await access.requireBranchRole(report.branchId, ['recorder', 'secretary']);
  refuseSelfReview(report, openid);
  if (report.status === 'rejected') return reportViewWithLinks(services, report);
  if (report.status !== 'pending') throw conflict('该申报已审核或已撤回，不能驳回', 'REPORT_ALREADY_REVIEWED');
  const changed = await reports
    .where({ _id: report._id, status: 'pending' })
    .updateAndReturn({ status: 'rejected', reviewedAt: now, reviewedBy: openid, rejectReason: request.reason });
  if (!changed.doc) throw conflict('该申报刚刚已被审核或撤回', 'REPORT_ALREADY_REVIEWED');
  return reportViewWithLinks(services, ReportDoc.parse(changed.doc));
};
