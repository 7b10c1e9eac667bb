import { markHandedOver } from '../../../shared/contracts/exchange/mark-handed-over.schema';
import { fail } from '../../../server/errors/domain-error';
import { redemptionView } from '../../../server/exchange/exchange-views';
import { Handler } from '../../../server/runtime/route';

/**
 * Records that the goods of redemptions were handed over, by the recorder or secretary of each member's
 * branch (or a committee admin above it), never for their own; those marked already keep who and when.
 * Database requests: 5 — the redemptions ∥ roles ∥ member records, the update (one per branch), the
 * redemptions as they are now.
 */
export const markHandedOverHandler: Handler<typeof markHandedOver> = async (request, { openid, now, access, repos }) => {
  const [found, , mine] = await Promise.all([repos.redemptions.byIds(request.redemptionIds), access.roles(), access.members()]);
  if (found.length !== request.redemptionIds.length) throw fail('REDEMPTION_NOT_FOUND');
  const roles = new Map<string, Awaited<ReturnType<typeof access.requireBranchRole>>>();
  for (const branchId of new Set(found.map((r) => r.branchId))) {
    roles.set(branchId, await access.requireBranchRole(branchId, ['recorder', 'secretary', 'committeeAdmin']));
  }
  const own = new Set(mine.map((m) => m._id));
  if (found.some((r) => own.has(r.memberId) || r.openid === openid)) throw fail('SELF_HANDOVER');
  for (const [branchId, role] of roles) {
    const ids = found.filter((r) => r.branchId === branchId && r.status === 'awaiting').map((r) => r._id);
    await repos.redemptions.markHandedOver(ids, await access.actor(branchId, role), now);
  }
  const order = new Map(request.redemptionIds.map((id, i) => [id, i]));
  const current = await repos.redemptions.byIds(request.redemptionIds);
  return { redemptions: current.sort((a, b) => (order.get(a._id) ?? 0) - (order.get(b._id) ?? 0)).map(redemptionView) };
};
