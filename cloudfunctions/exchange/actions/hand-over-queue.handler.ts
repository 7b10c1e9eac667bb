import { handOverQueue } from '../../../shared/contracts/exchange/hand-over-queue.schema';
import { redemptionView } from '../../../server/exchange/exchange-views';
import { Handler } from '../../../server/runtime/route';

/**
 * The branch's redemptions awaiting their goods (oldest first) or handed over (newest first), whichever
 * catalogue they came from. Database requests: 3 — roles, then the page ∥ the count.
 */
export const handOverQueueHandler: Handler<typeof handOverQueue> = async (request, { access, repos }) => {
  await access.requireBranchRole(request.branchId, ['recorder', 'secretary', 'committeeAdmin']);
  const { total, redemptions } = await repos.redemptions.pageOfBranch(request.branchId, request.status, request);
  return { total, redemptions: redemptions.map(redemptionView) };
};
