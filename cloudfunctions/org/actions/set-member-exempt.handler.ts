import { setMemberExempt } from '../../../shared/contracts/org/set-member-exempt.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { loadMember } from '../../../server/access/org-authority';
import { conflict } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * 不纳入积分管理 (001, 004: old, ill or disabled members, on application, approved by the branch): the
 * branch's secretary records the approval (approvedBy, approvedAt); null lifts it.
 * Requests: member 1 + roles 1 + update 1 = 3.
 */
export const setMemberExemptHandler: Handler<typeof setMemberExempt> = async (request, { openid, now, services, access, repos }) => {
  const member = await loadMember(repos, request.memberId);
  await access.requireBranchRole(member.branchId, ['secretary']);
  if (!member.active) throw conflict(`${member.name}的记录已转出`, 'MEMBER_INACTIVE');
  const exempt = request.exempt ? { reason: request.exempt.reason, approvedBy: openid, approvedAt: now } : null;
  // command.set replaces the whole object (update() would otherwise write exempt.reason … into a null field).
  await services.db
    .collection(COLLECTIONS.members)
    .doc(member._id)
    .update({ exempt: exempt ? services.db.command.set(exempt) : null, updatedAt: now });
  return { memberId: member._id, exempt: exempt ? { reason: exempt.reason, approvedAt: now.toISOString() } : null };
};
