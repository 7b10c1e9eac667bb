import type { EndedRole } from '../../shared/contracts/org/org-fields.schema';
import type { Database } from '../db/cloudbase';
import { COLLECTIONS } from '../db/collections';
import { OrgDoc } from '../orgs/org.doc';
import { RoleDoc, RoleName } from './role.doc';
import type { Transaction } from '../db/transaction';

/**
 * A person's roles end in the branch they leave: when their member record is moved to another branch
 * (moveMember) or their WeChat is unbound from it (unbindMember). Roles are stored by openid, so this
 * is every role the record's openid holds in that branch (书记, 记分员); roles in other organisations stay.
 */

const ROLE_NAMES: Record<RoleName, string> = { secretary: '书记', recorder: '记分员', committeeAdmin: '党委管理员' };

/** The roles `openid` holds in the branch (one query on the roles' openid index); none without an openid. */
export async function rolesInBranch(db: Database, openid: string | null, branchId: string): Promise<RoleDoc[]> {
  if (!openid) return [];
  const found = await db.collection(COLLECTIONS.roles).where({ openid, orgId: branchId }).limit(100).get();
  return found.data.map((d: unknown) => RoleDoc.parse(d));
}

/** Removes the roles inside the caller's transaction (one request each), so they end with the move or unbind. */
export async function endRoles(tx: Transaction, roles: RoleDoc[]): Promise<void> {
  for (const role of roles) await tx.collection(COLLECTIONS.roles).doc(role._id).remove();
}

/** The ended roles as the reply shows them, secretary first. */
export function endedRoleViews(roles: RoleDoc[], branch: Pick<OrgDoc, '_id' | 'name'>): EndedRole[] {
  const order: Record<RoleName, number> = { committeeAdmin: 0, secretary: 1, recorder: 2 };
  return [...roles]
    .sort((a, b) => order[a.role] - order[b.role])
    .map((r) => ({ orgId: r.orgId, role: r.role, title: r.title ?? null, label: `${branch.name}${r.title ?? ROLE_NAMES[r.role]}` }));
}
