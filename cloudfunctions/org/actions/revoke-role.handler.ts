import { revokeRole } from '../../../shared/contracts/org/revoke-role.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { RoleDoc } from '../../../server/roles/role.doc';
import { requireRoleAuthority } from '../../../server/access/org-authority';
import { requireOrgOfficerOrAdmin } from '../../../server/roles/officer-authority';
import { roleRefOfDoc } from '../../../server/roles/role-ref';
import { conflict } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * Removes a role named by its opaque reference (from listRoles), with the same authority as granting it.
 * A committee keeps at least one admin: revoking the last is CONFLICT LAST_ADMIN (two admins revoking
 * each other at the same instant could still both succeed; the count and the removal cannot share a
 * transaction). An unknown reference answers revoked: false.
 * Requests: roles 1 + org 1 + the org's roles 1 + remove 0–1 ≤ 4.
 */
export const revokeRoleHandler: Handler<typeof revokeRole> = async (request, { services, access }) => {
  await requireOrgOfficerOrAdmin(access, request.orgId);
  const roles = services.db.collection(COLLECTIONS.roles);
  const held = (await roles.where({ orgId: request.orgId }).limit(1000).get()).data.map((d: unknown) => RoleDoc.parse(d));
  const target = held.find((r) => roleRefOfDoc(r) === request.roleRef);
  if (!target) return { revoked: false };
  const org = await requireRoleAuthority(access, request.orgId, target.role);
  if (target.role === 'committeeAdmin' && held.filter((r) => r.role === 'committeeAdmin').length <= 1) {
    throw conflict(`${org.name}至少要保留一名管理员`, 'LAST_ADMIN');
  }
  const removed = await roles.doc(target._id).remove();
  return { revoked: ((removed as { deleted?: number }).deleted ?? 0) > 0 };
};
