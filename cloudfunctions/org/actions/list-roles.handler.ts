import { listRoles } from '../../../shared/contracts/org/list-roles.schema';
import { requireOrgOfficerOrAdmin } from '../../../server/roles/officer-authority';
import { roleRefOfDoc } from '../../../server/roles/role-ref';
import { Handler } from '../../../server/runtime/route';

/**
 * The organisation's role holders with opaque references and, where the holder is a member of that
 * branch, their name. Requests: roles 1 + org 1 + the org's roles 1 + members by openid 0–1 ≤ 4.
 */
export const listRolesHandler: Handler<typeof listRoles> = async (request, { access, repos }) => {
  await requireOrgOfficerOrAdmin(access, request.orgId);
  const held = await repos.roles.ofOrg(request.orgId);
  const members = await repos.members.activeBoundInBranch(request.orgId, [...new Set(held.map((r) => r.openid))]);
  const nameOf = new Map(members.map((m) => [m.openid, m.name]));
  const order = { committeeAdmin: 0, secretary: 1, recorder: 2 } as const;
  return {
    roles: held
      .sort((a, b) => order[a.role] - order[b.role] || a.grantedAt.getTime() - b.grantedAt.getTime())
      .map((r) => ({
        roleRef: roleRefOfDoc(r),
        role: r.role,
        title: r.title ?? null,
        name: nameOf.get(r.openid) ?? null,
        grantedAt: r.grantedAt.toISOString(),
      })),
  };
};
