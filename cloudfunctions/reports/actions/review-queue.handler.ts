import { reviewQueue } from '../../../shared/contracts/reports/review-queue.schema';
import { reportViews } from '../../../server/reports/report-views';
import { itemRulesOfReports } from '../../../server/schemes/item-rules-view';
import { Handler } from '../../../server/runtime/route';

/**
 * The branch's pending reports, oldest first (index queue: branchId, status, submittedAt), with the
 * rules of their items (points, ranges, levels) so the reviewer's page offers only allowed values.
 * Member names come from the reports themselves (denormalised at submission).
 *
 * Database requests: 3 — roles (access), then the page ∥ the count; a committee admin over the
 * branch adds 1 read of the branch's org document; a cold instance adds 1 read of the pinned scheme
 * (per scheme on the page: one, save around the new year). Storage: 1 request per 50 photos on the page (their links).
 */
export const reviewQueueHandler: Handler<typeof reviewQueue> = async (request, { services, access, repos }) => {
  await access.requireBranchRole(request.branchId, ['recorder', 'secretary', 'committeeAdmin']);
  const { total, reports } = await repos.reports.queue(request.branchId, request);
  const [views, items] = await Promise.all([reportViews(services.photos, reports), itemRulesOfReports(repos, reports)]);
  return { total, reports: views, items };
};
