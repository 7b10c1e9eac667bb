import { addMember } from '../../../shared/contracts/org/add-member.schema';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { requireNoSamePerson, requireValidMemberFields } from '../../../server/members/member-check';
import { newMemberRecord } from '../../../server/members/new-member';
import { Handler } from '../../../server/runtime/route';

/**
 * Adds an unbound member record. Tier and posts are checked against the branch's scheme for the current
 * year, and so is an 入党积极分子 (only where that scheme scores activists; no 入党日期), the group against
 * the branch's 党小组, the person against the branch's active records.
 * Requests: roles 1 + branch org 0–1 + scheme 0–1 + group 0–1 + same-person query 1 + insert 1 ≤ 6.
 */
export const addMemberHandler: Handler<typeof addMember> = async (request, { now, access, repos }) => {
  await access.requireBranchRole(request.branchId, ['secretary', 'committeeAdmin']);
  const branch = await requireOrgOfKind(access, request.branchId, ['branch'], 'branchId');
  await requireValidMemberFields(repos, access, branch._id, now, {
    tier: request.tier,
    posts: request.posts,
    groupId: request.groupId,
    dates: { birthDate: request.birthDate, joinDate: request.joinDate ?? null },
    standing: { status: request.status, joinDate: request.joinDate ?? null, newActivist: request.status === 'activist' },
  });
  await requireNoSamePerson(repos, access, branch._id, request);
  const member = newMemberRecord(branch._id, request, now);
  await repos.members.insert(member);
  return { memberId: member._id };
};
