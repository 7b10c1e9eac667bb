import { z } from 'zod';
import { revokeRole } from '../../../shared/contracts/org/revoke-role.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { roleId } from '../../../server/db/documents';
import { requireRoleAuthority } from '../../../server/domain/org-access';
import { conflict } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * Removes a role (same authority as granting it). A committee keeps at least one admin: revoking the
 * last is CONFLICT LAST_ADMIN (two admins revoking each other at the same instant could still both
 * succeed; the count and the removal cannot share a transaction).
 * Requests: roles 1 + org 0–1 + admin count 0–1 + remove 1 ≤ 4.
 */
export const revokeRoleHandler: Handler<typeof revokeRole> = async (request, { services, access }) => {
  const org = await requireRoleAuthority(access, request.orgId, request.role);
  const roles = services.db.collection(COLLECTIONS.roles);
  if (request.role === 'committeeAdmin') {
    const admins = await roles.where({ orgId: org._id, role: 'committeeAdmin' }).field({ openid: true }).limit(1000).get();
    const holders = z.array(z.object({ openid: z.string() })).parse(admins.data).map((d) => d.openid);
    if (!holders.includes(request.openid)) return { revoked: false };
    if (holders.length <= 1) throw conflict(`${org.name}至少要保留一名管理员`, 'LAST_ADMIN');
  }
  const removed = await roles.doc(roleId(request.openid, org._id, request.role)).remove();
  return { revoked: ((removed as { deleted?: number }).deleted ?? 0) > 0 };
};
