import { listOrgs } from '../../../shared/contracts/org/list-orgs.schema';
import { fail } from '../../../server/errors/domain-error';
import type { OrgDoc } from '../../../server/orgs/org.doc';
import type { RoleName } from '../../../server/roles/role.doc';
import { Handler } from '../../../server/runtime/route';

const STRENGTH: Record<RoleName, number> = { committeeAdmin: 3, secretary: 2, recorder: 1 };

/**
 * The orgs under the caller's roles: everything under the committees they administer, and the branches
 * where they are secretary or recorder with their groups. A `rootId` narrows the list to that subtree
 * (FORBIDDEN when the caller does not govern it). At most 1000 orgs.
 * Requests: roles 1 + one query on _id / ancestors = 2.
 */
export const listOrgsHandler: Handler<typeof listOrgs> = async (request, { access, repos }) => {
  const roles = await access.roles();
  const roleAt = new Map<string, RoleName>();
  for (const r of roles) {
    const held = roleAt.get(r.orgId);
    if (!held || STRENGTH[r.role] > STRENGTH[held]) roleAt.set(r.orgId, r.role);
  }
  const roots = [...roleAt.keys()];
  if (roots.length === 0) throw fail('NO_ORGS_ADMINISTERED');
  const orgs = await repos.orgs.subtrees(roots);
  const inScope =
    request.rootId === undefined ? orgs : orgs.filter((o) => o._id === request.rootId || o.ancestors.includes(request.rootId!));
  if (request.rootId !== undefined && !inScope.some((o) => o._id === request.rootId)) throw fail('ORG_NOT_ADMINISTERED');

  const acting = (org: OrgDoc): RoleName => {
    let best: RoleName | undefined;
    for (const id of [org._id, ...org.ancestors]) {
      const role = roleAt.get(id);
      if (role && (!best || STRENGTH[role] > STRENGTH[best])) best = role;
    }
    return best!;
  };
  const depthThenName = (a: OrgDoc, b: OrgDoc) =>
    a.ancestors.length - b.ancestors.length || a.name.localeCompare(b.name, 'zh-CN') || a._id.localeCompare(b._id);
  return {
    orgs: inScope
      .sort(depthThenName)
      .map((o) => ({ orgId: o._id, kind: o.kind, name: o.name, parentId: o.parentId, actingRole: acting(o) })),
  };
};
