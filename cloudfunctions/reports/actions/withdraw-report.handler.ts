import { withdrawReport } from '../../../shared/contracts/reports/withdraw-report.schema';
import { reportViewWithLinks } from '../../../server/reports/report-views';
import { fail } from '../../../server/errors/domain-error';
import { Handler } from '../../../server/runtime/route';

/**
 * The submitter withdraws a pending report: one conditional update (its openid and status pending).
 * When nothing matched, one read says why: missing, someone else's, reviewed (CONFLICT), or already
 * withdrawn (answered again: a retried withdrawal is not an error).
 *
 * Database requests: 1 (updateAndReturn); 2 when it was not pending.
 */
export const withdrawReportHandler: Handler<typeof withdrawReport> = async (request, { openid, services, repos }) => {
  const changed = await repos.reports.changeIfPending(request.reportId, { status: 'withdrawn' }, openid);
  if (changed) return reportViewWithLinks(services.photos, changed);
  const report = await repos.reports.byId(request.reportId);
  if (!report) throw fail('REPORT_NOT_FOUND');
  if (report.openid !== openid) throw fail('REPORT_NOT_OWN');
  if (report.status === 'withdrawn') return reportViewWithLinks(services.photos, report);
  throw fail('REPORT_ALREADY_REVIEWED', { status: '审核', action: '撤回' });
};
