import { listMyReports } from '../../../shared/contracts/reports/list-my-reports.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { ReportDoc } from '../../../server/reports/report.doc';
import { reportViews } from '../../../server/adapters/storage/photo-links';
import { Handler } from '../../../server/runtime/route';

/**
 * The caller's own reports (of their member record), newest first, optionally by status.
 *
 * Database requests: 3 — member records (access), then the page ∥ the count.
 */
export const listMyReportsHandler: Handler<typeof listMyReports> = async (request, { services, access }) => {
  const member = await access.requireOwnMember(request.memberId);
  const filter = { memberId: member._id, ...(request.status ? { status: request.status } : {}) };
  const reports = services.db.collection(COLLECTIONS.reports);
  const [page, count] = await Promise.all([
    reports.where(filter).orderBy('submittedAt', 'desc').orderBy('_id', 'desc').skip(request.offset).limit(request.limit).get(),
    reports.where(filter).count(),
  ]);
  return {
    total: count.total ?? 0,
    reports: await reportViews(
      services,
      page.data.map((d: unknown) => ReportDoc.parse(d)),
    ),
  };
};
