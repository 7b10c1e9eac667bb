import { createHash } from 'node:crypto';
import type { RoleDoc, RoleName } from './role.doc';
import { roleId } from './role.doc';

/**
 * An opaque reference to a role holder, for clients: lists show it and revokeRole takes it, so the
 * holder's openid never leaves the server (a role document's id contains the openid).
 */
export function roleRefOf(openid: string, orgId: string, role: RoleName): string {
  return createHash('sha256')
    .update(`role-ref:${roleId(openid, orgId, role)}`)
    .digest('hex')
    .slice(0, 24);
}

export const roleRefOfDoc = (doc: Pick<RoleDoc, 'openid' | 'orgId' | 'role'>) => roleRefOf(doc.openid, doc.orgId, doc.role);
