import { grantRole } from '../../../shared/contracts/org/grant-role.schema';
import { loadMember, requireRoleAuthority } from '../../../server/access/org-authority';
import { fail, invalidField } from '../../../server/errors/domain-error';
import { roleId } from '../../../server/roles/role.doc';
import { Handler } from '../../../server/runtime/route';

/**
 * Gives a bound member of the branch the role there. The role's id is `${openid}:${orgId}:${role}`, so
 * granting twice writes the same document (the title follows the latest grant). The member's name goes
 * on the role, so what the officer records carries it (Access.actor) without another read.
 * Requests: roles 1 + org 1 + member 1 + role write 1 = 4.
 */
export const grantRoleHandler: Handler<typeof grantRole> = async (request, { openid, now, access, repos }) => {
  const org = await requireRoleAuthority(access, request.orgId, request.role);
  const member = await loadMember(repos, request.memberId);
  if (member.branchId !== org._id || !member.active) throw invalidField('memberId', `该党员不在${org.name}`);
  if (!member.openid) throw fail('NOT_BOUND_YET', { name: member.name });
  await repos.roles.put({
    _id: roleId(member.openid, org._id, request.role),
    openid: member.openid,
    orgId: org._id,
    role: request.role,
    ...(request.title ? { title: request.title } : {}),
    name: member.name,
    grantedBy: openid,
    grantedAt: now,
  });
  return { orgId: org._id, memberId: member._id, role: request.role, title: request.title ?? null };
};
