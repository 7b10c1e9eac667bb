import { appealQueue } from '../../../shared/contracts/publications/appeal-queue.schema';
import { appealView } from '../../../server/publications/publication-views';
import { Handler } from '../../../server/runtime/route';

/** The branch's unanswered appeals, the most urgent first. Database requests: 2–3; storage: 1 per 50 photos. */
export const appealQueueHandler: Handler<typeof appealQueue> = async (request, { now, services, access, repos }) => {
  await access.requireBranchRole(request.branchId, ['secretary', 'recorder', 'committeeAdmin']);
  const appeals = await repos.appeals.openOfBranch(request.branchId);
  const links = await services.photos.links(appeals.flatMap((a) => a.photos));
  return { appeals: appeals.map((a) => appealView(a, links, now)) };
};
