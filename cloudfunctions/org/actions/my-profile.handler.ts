import { myProfile } from '../../../shared/contracts/org/my-profile.schema';
import { Handler } from '../../../server/runtime/route';

/**
 * The caller's roles and bound member records, each with the name of its org.
 * Requests: roles 1 ∥ member records 1, then the orgs they name 0–1 ≤ 3.
 */
export const myProfileHandler: Handler<typeof myProfile> = async (_request, { access, repos }) => {
  const [roles, members] = await Promise.all([access.roles(), access.members()]);
  const orgs = await repos.orgs.byIds([...roles.map((r) => r.orgId), ...members.map((m) => m.branchId)]);
  const byId = new Map(orgs.map((o) => [o._id, o]));
  return {
    roles: roles.map((r) => ({
      orgId: r.orgId,
      orgName: byId.get(r.orgId)?.name ?? '',
      orgKind: byId.get(r.orgId)?.kind ?? '',
      role: r.role,
      title: r.title ?? null,
    })),
    members: members.map((m) => ({
      memberId: m._id,
      branchId: m.branchId,
      branchName: byId.get(m.branchId)?.name ?? '',
      name: m.name,
      status: m.status,
    })),
  };
};
