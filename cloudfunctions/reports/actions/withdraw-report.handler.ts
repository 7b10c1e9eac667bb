import { withdrawReport } from '../../../shared/contracts/reports/withdraw-report.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { ReportDoc } from '../../../server/reports/report.doc';
import { reportViewWithLinks } from '../../../server/adapters/storage/photo-links';
import { conflict, forbidden, notFound } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * The submitter withdraws a pending report: one conditional update (its openid and status pending).
 * When nothing matched, one read says why: missing, someone else's, reviewed (CONFLICT), or already
 * withdrawn (answered again: a retried withdrawal is not an error).
 *
 * Database requests: 1 (updateAndReturn); 2 when it was not pending.
 */
export const withdrawReportHandler: Handler<typeof withdrawReport> = async (request, { openid, services }) => {
  const reports = services.db.collection(COLLECTIONS.reports);
  const changed = await reports.where({ _id: request.reportId, openid, status: 'pending' }).updateAndReturn({ status: 'withdrawn' });
  if (changed.doc) return reportViewWithLinks(services, ReportDoc.parse(changed.doc));
  const found = (await reports.doc(request.reportId).get()).data[0];
  if (!found) throw notFound('申报不存在', 'REPORT_NOT_FOUND');
  const report = ReportDoc.parse(found);
  if (report.openid !== openid) throw forbidden('只能撤回本人的申报');
  if (report.status === 'withdrawn') return reportViewWithLinks(services, report);
  throw conflict('该申报已审核，不能撤回', 'REPORT_ALREADY_REVIEWED');
};
