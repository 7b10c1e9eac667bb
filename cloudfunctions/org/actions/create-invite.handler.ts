import { createInvite } from '../../../shared/contracts/org/create-invite.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { loadMember } from '../../../server/access/org-authority';
import { issueInvite } from '../../../server/invites/invite-issue';
import { conflict } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * A one-time code binding a WeChat user to this (unbound, active) member record. The new invite is stored
 * first, then the member's earlier unused ones are voided in one multi-document update, so at any time at
 * most the newest code works (concurrent calls can only void each other).
 * Requests: member 1 + roles 1 + branch org 0–1 + insert 1 + void 1 ≤ 5.
 */
export const createInviteHandler: Handler<typeof createInvite> = async (request, { openid, now, services, access, repos }) => {
  const member = await loadMember(repos, request.memberId);
  await access.requireBranchRole(member.branchId, ['secretary', 'committeeAdmin']);
  if (!member.active) throw conflict(`${member.name}的记录已转出，请在新支部发放邀请码`, 'MEMBER_INACTIVE');
  if (member.openid) throw conflict(`${member.name}已绑定微信`, 'ALREADY_BOUND');
  const issued = await issueInvite(services.db, { kind: 'member', memberId: member._id, branchId: member.branchId }, openid, now);
  const cmd = services.db.command;
  await services.db
    .collection(COLLECTIONS.invites)
    .where({ memberId: member._id, usedAt: null, voidedAt: null, _id: cmd.neq(issued.inviteId) })
    .update({ voidedAt: now });
  return { code: issued.code, expiresAt: issued.expiresAt.toISOString() };
};
