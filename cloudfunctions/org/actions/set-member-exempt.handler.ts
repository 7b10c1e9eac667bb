import { setMemberExempt } from '../../../shared/contracts/org/set-member-exempt.schema';
import { requireManagedMember } from '../../../server/members/managed-member';
import { Handler } from '../../../server/runtime/route';

/**
 * 不纳入积分管理 (001, 004: old, ill or disabled members, on application, approved by the branch): the
 * branch's secretary records the approval (approvedBy, approvedAt); null lifts it.
 * Requests: member 1 + roles 1 + update 1 = 3.
 */
export const setMemberExemptHandler: Handler<typeof setMemberExempt> = async (request, { openid, now, access, repos }) => {
  const member = await requireManagedMember(repos, access, request.memberId, ['secretary']);
  const exempt = request.exempt ? { reason: request.exempt.reason, approvedBy: openid, approvedAt: now } : null;
  await repos.members.update(member._id, { exempt, updatedAt: now });
  return { memberId: member._id, exempt: exempt ? { reason: exempt.reason, approvedAt: now.toISOString() } : null };
};
