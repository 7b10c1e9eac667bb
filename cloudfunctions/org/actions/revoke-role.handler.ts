import { revokeRole } from '../../../shared/contracts/org/revoke-role.schema';
import { requireRoleAuthority } from '../../../server/access/org-authority';
import { fail } from '../../../server/errors/domain-error';
import { requireOrgOfficerOrAdmin } from '../../../server/roles/officer-authority';
import { roleRefOfDoc } from '../../../server/roles/role-ref';
import { Handler } from '../../../server/runtime/route';

/**
 * Removes a role named by its opaque reference (from listRoles), with the same authority as granting it.
 * A committee keeps at least one admin: revoking the last is CONFLICT LAST_ADMIN (two admins revoking
 * each other at the same instant could still both succeed; the count and the removal cannot share a
 * transaction). An unknown reference answers revoked: false.
 * Requests: roles 1 + org 1 + the org's roles 1 + remove 0–1 ≤ 4.
 */
export const revokeRoleHandler: Handler<typeof revokeRole> = async (request, { access, repos }) => {
  await requireOrgOfficerOrAdmin(access, request.orgId);
  const held = await repos.roles.ofOrg(request.orgId);
  const target = held.find((r) => roleRefOfDoc(r) === request.roleRef);
  if (!target) return { revoked: false };
  const org = await requireRoleAuthority(access, request.orgId, target.role);
  if (target.role === 'committeeAdmin' && held.filter((r) => r.role === 'committeeAdmin').length <= 1)
    throw fail('LAST_ADMIN', { org: org.name });
  await repos.roles.remove(target._id);
  return { revoked: true };
};
