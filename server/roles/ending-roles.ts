import type { EndedRole } from '../../shared/contracts/org/org-fields.schema';
import type { OrgDoc } from '../orgs/org.doc';
import type { Repositories } from '../repositories';
import type { RoleDoc, RoleName } from './role.doc';

/**
 * A person's roles end in the branch they leave: when their member record is moved to another branch
 * (moveMember) or their WeChat is unbound from it (unbindMember). Roles are stored by openid, so this
 * is every role the record's openid holds in that branch (书记, 记分员: `roles.ofOpenidInOrg`); roles in
 * other organisations stay.
 */

const ROLE_NAMES: Record<RoleName, string> = { secretary: '书记', recorder: '记分员', committeeAdmin: '党委管理员' };

/** Removes the roles, in the caller's transaction (one request each), so they end with the move or unbind. */
export async function endRoles(tx: Pick<Repositories, 'roles'>, roles: RoleDoc[]): Promise<void> {
  for (const role of roles) await tx.roles.remove(role._id);
}

/** The ended roles as the reply shows them, secretary first. */
export function endedRoleViews(roles: RoleDoc[], branch: Pick<OrgDoc, '_id' | 'name'>): EndedRole[] {
  const order: Record<RoleName, number> = { committeeAdmin: 0, secretary: 1, recorder: 2 };
  return [...roles]
    .sort((a, b) => order[a.role] - order[b.role])
    .map((r) => ({ orgId: r.orgId, role: r.role, title: r.title ?? null, label: `${branch.name}${r.title ?? ROLE_NAMES[r.role]}` }));
}
