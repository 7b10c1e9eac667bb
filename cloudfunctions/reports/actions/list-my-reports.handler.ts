import { listMyReports } from '../../../shared/contracts/reports/list-my-reports.schema';
import { reportViews } from '../../../server/reports/report-views';
import { Handler } from '../../../server/runtime/route';

/**
 * The caller's own reports (of their member record), newest first, optionally by status.
 *
 * Database requests: 3 — member records (access), then the page ∥ the count.
 */
export const listMyReportsHandler: Handler<typeof listMyReports> = async (request, { services, access, repos }) => {
  const member = await access.requireOwnMember(request.memberId);
  const { total, reports } = await repos.reports.ofMember(member._id, request.status, request);
  return { total, reports: await reportViews(services.photos, reports) };
};
