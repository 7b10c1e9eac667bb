import { unbindMember } from '../../../shared/contracts/org/unbind-member.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { MemberDoc } from '../../../server/members/member.doc';
import { OrgDoc } from '../../../server/orgs/org.doc';
import { runTransaction } from '../../../server/db/transaction';
import { loadMember, requireRoleAuthority } from '../../../server/access/org-authority';
import { endedRoleViews, endRoles, rolesInBranch } from '../../../server/roles/ending-roles';
import { conflict, forbidden } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * Clears a member record's WeChat binding (the member changed accounts), in one transaction with the end
 * of the roles that WeChat held in this branch (the same rule as moveMember). The old WeChat loses access
 * at once: access reads roles and bound records afresh on every call. Invites issued for the record up to
 * now are void without a write of their own: bindWithCode refuses an invite created at or before the
 * record's `unboundAt`. Ending a role takes the authority to revoke it (a 书记 role: a committee admin
 * over the branch), and nobody unbinds their own record (a secretary would lock themselves out).
 * Requests: member 1 + caller's roles 1 + branch org 0–1 + the holder's roles in the branch 1 +
 * transaction (begin, get, update, one remove per ended role, commit) 4 + r
 * = 7 (secretary, member without roles) … 9 (a recorder's binding, or any call by a committee admin, + r).
 */
export const unbindMemberHandler: Handler<typeof unbindMember> = async (request, { openid, now, services, access, repos }) => {
  const member = await loadMember(repos, request.memberId);
  await access.requireBranchRole(member.branchId, ['secretary', 'committeeAdmin']);
  if (!member.active) throw conflict(`${member.name}的记录已转出，请在新支部办理`, 'MEMBER_INACTIVE');
  if (member.openid === null) return { unbound: false, endedRoles: [] };
  if (member.openid === openid) throw forbidden('不能解除本人的微信绑定，请由本支部书记或上级党委管理员办理', 'SELF_UNBIND');

  const roles = await rolesInBranch(services.db, member.openid, member.branchId);
  let branch: OrgDoc | null = null;
  for (const role of new Set(roles.map((r) => r.role))) {
    try {
      branch = await requireRoleAuthority(access, member.branchId, role);
    } catch (error) {
      if (role === 'secretary') throw forbidden(`${member.name}担任本支部书记，解除绑定会终止其书记角色，须由上级党委管理员办理`);
      throw error;
    }
  }

  const unbound = await runTransaction(services.db, async (tx) => {
    const members = tx.collection(COLLECTIONS.members);
    const raw = (await members.doc(member._id).get()).data;
    const current = raw ? MemberDoc.parse({ ...raw, _id: member._id }) : null;
    if (!current || !current.active) throw conflict(`${member.name}的记录已转出，请在新支部办理`, 'MEMBER_INACTIVE');
    if (current.openid === null) return false; // unbound meanwhile (a second tap): nothing left to do
    if (current.openid !== member.openid) throw conflict(`${member.name}的微信绑定刚刚发生变化，请刷新后重试`, 'BINDING_CHANGED');
    await members.doc(member._id).update({ openid: null, boundAt: null, unboundAt: now, updatedAt: now });
    await endRoles(tx, roles);
    return true;
  });
  return { unbound, endedRoles: unbound && branch ? endedRoleViews(roles, branch) : [] };
};
