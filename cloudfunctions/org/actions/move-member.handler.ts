import { moveMember } from '../../../shared/contracts/org/move-member.schema';
import { requireOrg } from '../../../server/access/access';
import { loadMember, requireOrgOfKind } from '../../../server/access/org-authority';
import { fail, invalidField } from '../../../server/errors/domain-error';
import { activistProblem } from '../../../server/members/member-rules';
import { movedMemberRecord } from '../../../server/members/new-member';
import { endedRoleViews, endRoles } from '../../../server/roles/ending-roles';
import { currentBranchScheme } from '../../../server/schemes/current-branch-scheme';
import { Handler } from '../../../server/runtime/route';

/**
 * Moves a member between two branches the caller administers. The old record becomes inactive with
 * `movedTo` (its ledger stays with it); a new active record in the target branch carries the person
 * (name, gender, dates, status, category, phone) and the WeChat binding. Branch decisions (党小组, tier,
 * posts, exemption) stay behind: the new branch makes its own. The roles the person held in the branch
 * they leave (书记, 记分员, by the record's openid) end in the same transaction, and the reply lists them;
 * roles elsewhere stay. A grant racing the move (grantRole reads the record outside any transaction) could
 * still land after it; revokeRole removes it. An 入党积极分子 moves only to a branch whose scheme for the
 * year scores activists (one more read, for activists only).
 * Requests: member 1 + caller's roles 1 + orgs 2 (the old branch's name comes from the authority check) +
 * clash query 1 + the person's roles in the old branch 0–1 (bound records) + transaction (begin, get, add,
 * update, one remove per ended role, commit) 5 + r = 10 unbound, 11 bound, 12 for a recorder or secretary.
 */
export const moveMemberHandler: Handler<typeof moveMember> = async (request, { now, access, repos, transaction }) => {
  const member = await loadMember(repos, request.memberId);
  await access.requireCommitteeOver(member.branchId);
  await access.requireCommitteeOver(request.toBranchId);
  const target = await requireOrgOfKind(access, request.toBranchId, ['branch'], 'toBranchId');
  const from = await requireOrg(access, member.branchId);
  if (!member.active) throw fail('MEMBER_INACTIVE', { name: member.name });
  if (target._id === member.branchId) throw invalidField('toBranchId', `${member.name}已在${target.name}`);
  if (member.status === 'activist' && activistProblem(await currentBranchScheme(repos, target._id, now))) {
    throw invalidField('toBranchId', `${target.name}今年的积分方案不对入党积极分子积分，${member.name}（入党积极分子）不能转入`);
  }

  const clash = await repos.members.activeClash(target._id, member, member.openid);
  if (clash) {
    throw clash.openid !== null && clash.openid === member.openid
      ? fail('ALREADY_MEMBER_HERE', { branch: target.name })
      : fail('MEMBER_EXISTS', { branch: target.name, name: member.name, birthDate: member.birthDate });
  }
  const roles = await repos.roles.ofOpenidInOrg(member.openid, member.branchId);

  const moved = movedMemberRecord(member, target._id, now);
  await transaction(async (tx) => {
    const current = await tx.members.byId(member._id);
    if (!current || !current.active) throw fail('MEMBER_INACTIVE', { name: member.name });
    await tx.members.insert(moved);
    await tx.members.update(member._id, { active: false, movedTo: moved._id, updatedAt: now });
    await endRoles(tx, roles);
  });
  return { newMemberId: moved._id, endedRoles: endedRoleViews(roles, from) };
};
