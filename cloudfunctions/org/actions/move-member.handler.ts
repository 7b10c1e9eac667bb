import { moveMember } from '../../../shared/contracts/org/move-member.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { MemberDoc } from '../../../server/members/member.doc';
import { runTransaction } from '../../../server/db/transaction';
import { loadMember, requireOrgOfKind } from '../../../server/access/org-authority';
import { endedRoleViews, endRoles, rolesInBranch } from '../../../server/roles/ending-roles';
import { activistProblem } from '../../../server/members/member-rules';
import { currentBranchScheme } from '../../../server/schemes/current-branch-scheme';
import { requireOrg } from '../../../server/access/access';
import { AppError, conflict, invalid } from '../../../server/runtime/app-error';
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
export const moveMemberHandler: Handler<typeof moveMember> = async (request, { now, services, access, repos }) => {
  const member = await loadMember(repos, request.memberId);
  await access.requireCommitteeOver(member.branchId);
  await access.requireCommitteeOver(request.toBranchId);
  const target = await requireOrgOfKind(access, request.toBranchId, ['branch'], 'toBranchId');
  const from = await requireOrg(access, member.branchId);
  if (!member.active) throw conflict(`${member.name}的记录已转出`, 'MEMBER_INACTIVE');
  if (target._id === member.branchId) throw invalid('toBranchId', `${member.name}已在${target.name}`);
  if (member.status === 'activist' && activistProblem(await currentBranchScheme(repos, target._id, now))) {
    throw invalid('toBranchId', `${target.name}今年的积分方案不对入党积极分子积分，${member.name}（入党积极分子）不能转入`);
  }

  const cmd = services.db.command;
  const here = { branchId: target._id, active: true };
  const clash = await services.db
    .collection(COLLECTIONS.members)
    .where(
      cmd.or([{ ...here, name: member.name, birthDate: member.birthDate }, ...(member.openid ? [{ ...here, openid: member.openid }] : [])]),
    )
    .field({ openid: true })
    .limit(1)
    .get();
  if (clash.data.length > 0) {
    const sameWeChat = member.openid !== null && (clash.data[0] as { openid?: unknown }).openid === member.openid;
    throw sameWeChat
      ? conflict(`${member.name}的微信已绑定${target.name}的党员记录`, 'ALREADY_MEMBER_HERE')
      : conflict(`${target.name}已有${member.name}（出生日期 ${member.birthDate}）的记录`, 'MEMBER_EXISTS');
  }
  const roles = await rolesInBranch(services.db, member.openid, member.branchId);

  const moved: Omit<MemberDoc, '_id'> = {
    branchId: target._id,
    groupId: null,
    name: member.name,
    gender: member.gender,
    birthDate: member.birthDate,
    joinDate: member.joinDate,
    status: member.status,
    category: member.category,
    tier: null,
    phone: member.phone,
    posts: [],
    openid: member.openid,
    boundAt: member.boundAt,
    exempt: null,
    active: true,
    movedTo: null,
    movedFrom: member._id,
    createdAt: now,
    updatedAt: now,
  };
  const newMemberId = await runTransaction(services.db, async (tx) => {
    const members = tx.collection(COLLECTIONS.members);
    const current = (await members.doc(member._id).get()).data;
    if (!current || current.active !== true) throw conflict(`${member.name}的记录已转出`, 'MEMBER_INACTIVE');
    const added = await members.add(moved);
    if (!added.id) throw new AppError('INTERNAL', '转移党员失败');
    await members.doc(member._id).update({ active: false, movedTo: added.id, updatedAt: now });
    await endRoles(tx, roles);
    return added.id;
  });
  return { newMemberId, endedRoles: endedRoleViews(roles, from) };
};
