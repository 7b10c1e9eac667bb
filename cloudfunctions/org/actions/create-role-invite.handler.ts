import { createRoleInvite } from '../../../shared/contracts/org/create-role-invite.schema';
import { requireRoleAuthority } from '../../../server/access/org-authority';
import { issueInvite } from '../../../server/invites/invite-issue';
import { Handler } from '../../../server/runtime/route';

/**
 * A one-time code that gives its user a role, for people who are not member records (组织办 staff, a
 * secretary sent from outside). Authority as for grantRole; committeeAdmin only by an admin of that committee.
 * Requests: roles 1 + org 0–1 + insert 1 ≤ 3.
 */
export const createRoleInviteHandler: Handler<typeof createRoleInvite> = async (request, { openid, now, access, repos }) => {
  const org = await requireRoleAuthority(access, request.orgId, request.role);
  const issued = await issueInvite(repos, { kind: 'role', orgId: org._id, role: request.role, title: request.title ?? null }, openid, now);
  return { code: issued.code, expiresAt: issued.expiresAt.toISOString() };
};
