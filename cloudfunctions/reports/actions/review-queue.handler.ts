import { reviewQueue } from '../../../shared/contracts/reports/review-queue.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { ReportDoc } from '../../../server/reports/report.doc';
import { reportViews } from '../../../server/adapters/storage/photo-links';
import { Handler } from '../../../server/runtime/route';

/**
 * The branch's pending reports, oldest first (index queue: branchId, status, submittedAt). Member
 * names come from the reports themselves (denormalised at submission).
 *
 * Database requests: 3 — roles (access), then the page ∥ the count; a committee admin over the
 * branch adds 1 read of the branch's org document. Storage: 1 request per 50 photos on the page (their links).
 */
export const reviewQueueHandler: Handler<typeof reviewQueue> = async (request, { services, access }) => {
  await access.requireBranchRole(request.branchId, ['recorder', 'secretary', 'committeeAdmin']);
  const filter = { branchId: request.branchId, status: 'pending' };
  const reports = services.db.collection(COLLECTIONS.reports);
  const [page, count] = await Promise.all([
    reports.where(filter).orderBy('submittedAt', 'asc').orderBy('_id', 'asc').skip(request.offset).limit(request.limit).get(),
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
