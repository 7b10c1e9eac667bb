import { myProfile } from '../../../shared/contracts/org/my-profile.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { OrgDoc } from '../../../server/orgs/org.doc';
import { Handler } from '../../../server/runtime/route';

export const myProfileHandler: Handler<typeof myProfile> = async (_request, { services, access }) => {
  const [roles, members] = await Promise.all([access.roles(), access.members()]);
  const orgIds = [...new Set([...roles.map((r) => r.orgId), ...members.map((m) => m.branchId)])];
  const cmd = services.db.command;
  const orgs = orgIds.length
    ? (
        await services.db
          .collection(COLLECTIONS.orgs)
          .where({ _id: cmd.in(orgIds) })
          .limit(1000)
          .get()
      ).data.map((d: unknown) => OrgDoc.parse(d))
    : [];
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
