import { createInvite } from '../../../shared/contracts/org/create-invite.schema';
import { fail } from '../../../server/errors/domain-error';
import { issueInvite } from '../../../server/invites/invite-issue';
import { requireManagedMember } from '../../../server/members/managed-member';
import { Handler } from '../../../server/runtime/route';

/**
 * A one-time code binding a WeChat user to this (unbound, active) member record. The new invite is stored
 * first, then the member's earlier unused ones are voided in one multi-document update, so at any time at
 * most the newest code works (concurrent calls can only void each other).
 * Requests: member 1 + roles 1 + branch org 0–1 + insert 1 + void 1 ≤ 5.
 */
export const createInviteHandler: Handler<typeof createInvite> = async (request, { openid, now, access, repos }) => {
  const member = await requireManagedMember(repos, access, request.memberId, ['secretary', 'committeeAdmin']);
  if (member.openid) throw fail('ALREADY_BOUND', { name: member.name });
  const issued = await issueInvite(repos, { kind: 'member', memberId: member._id, branchId: member.branchId }, openid, now);
  await repos.invites.voidOthersOfMember(member._id, issued.inviteId, now);
  return { code: issued.code, expiresAt: issued.expiresAt.toISOString() };
};
