import { unbindMember } from '../../../shared/contracts/org/unbind-member.schema';
import { requireRoleAuthority } from '../../../server/access/org-authority';
import { DomainError, fail } from '../../../server/errors/domain-error';
import { requireManagedMember } from '../../../server/members/managed-member';
import type { OrgDoc } from '../../../server/orgs/org.doc';
import { endedRoleViews, endRoles } from '../../../server/roles/ending-roles';
import { Handler } from '../../../server/runtime/route';

/**
 * Clears a member record's WeChat binding (the member changed accounts), in one transaction with the end
 * of the roles that WeChat held in this branch (the same rule as moveMember). The old WeChat loses access
 * at once: access reads roles and bound records afresh on every call. Invites issued for the record up to
 * now are void without a write of their own: bindWithCode refuses an invite created at or before the
 * record's `unboundAt`. Ending a role takes the authority to revoke it (a 书记 role: a committee admin
 * over the branch, else FORBIDDEN UNBIND_SECRETARY), and nobody unbinds their own record (a secretary
 * would lock themselves out).
 * Requests: member 1 + caller's roles 1 + branch org 0–1 + the holder's roles in the branch 1 +
 * transaction (begin, get, update, one remove per ended role, commit) 4 + r
 * = 7 (secretary, member without roles) … 9 (a recorder's binding, or any call by a committee admin, + r).
 */
export const unbindMemberHandler: Handler<typeof unbindMember> = async (request, { openid, now, access, repos, transaction }) => {
  const member = await requireManagedMember(repos, access, request.memberId, ['secretary', 'committeeAdmin']);
  if (member.openid === null) return { unbound: false, endedRoles: [] };
  if (member.openid === openid) throw fail('SELF_UNBIND');

  const roles = await repos.roles.ofOpenidInOrg(member.openid, member.branchId);
  let branch: OrgDoc | null = null;
  for (const role of new Set(roles.map((r) => r.role))) {
    try {
      branch = await requireRoleAuthority(access, member.branchId, role);
    } catch (error) {
      if (role === 'secretary' && error instanceof DomainError) throw fail('UNBIND_SECRETARY', { name: member.name });
      throw error;
    }
  }

  const unbound = await transaction(async (tx) => {
    const current = await tx.members.byId(member._id);
    if (!current || !current.active) throw fail('MEMBER_INACTIVE', { name: member.name });
    if (current.openid === null) return false; // unbound meanwhile (a second tap): nothing left to do
    if (current.openid !== member.openid) throw fail('BINDING_CHANGED', { name: member.name });
    await tx.members.update(member._id, { openid: null, boundAt: null, unboundAt: now, updatedAt: now });
    await endRoles(tx, roles);
    return true;
  });
  return { unbound, endedRoles: unbound && branch ? endedRoleViews(roles, branch) : [] };
};
