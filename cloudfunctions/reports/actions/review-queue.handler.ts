import { reviewQueue } from '../../../shared/contracts/reports/review-queue.schema';
import { reportViews } from '../../../server/reports/report-views';
import { Handler } from '../../../server/runtime/route';

/**
 * The branch's pending reports, oldest first (index queue: branchId, status, submittedAt). Member
 * names come from the reports themselves (denormalised at submission).
 *
 * Database requests: 3 — roles (access), then the page ∥ the count; a committee admin over the
 * branch adds 1 read of the branch's org document. Storage: 1 request per 50 photos on the page (their links).
 */
export const reviewQueueHandler: Handler<typeof reviewQueue> = async (request, { services, access, repos }) => {
  await access.requireBranchRole(request.branchId, ['recorder', 'secretary', 'committeeAdmin']);
  const { total, reports } = await repos.reports.queue(request.branchId, request);
  return { total, reports: await reportViews(services.photos, reports) };
};
