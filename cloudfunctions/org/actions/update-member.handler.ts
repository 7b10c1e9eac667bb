import { updateMember } from '../../../shared/contracts/org/update-member.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { MemberDoc } from '../../../server/members/member.doc';
import { loadMember } from '../../../server/access/org-authority';
import { requireNoSamePerson, requireValidMemberFields } from '../../../server/members/member-check';
import { memberView } from '../../../server/members/member-view';
import { conflict } from '../../../server/runtime/app-error';
import { Handler } from '../../../server/runtime/route';

/**
 * Changes fields of an active member record. Only the changed fields are checked against the branch
 * (a tier set under last year's scheme does not block correcting a phone number); status and 入党日期
 * together (an 入党积极分子 has none; becoming one needs a scheme that scores activists).
 * Requests: member 1 + roles 1 + branch org 0–1 + scheme 0–1 + group 0–1 + same-person 0–1 + update 1 ≤ 7.
 */
export const updateMemberHandler: Handler<typeof updateMember> = async (request, { now, services, access, repos }) => {
  const member = await loadMember(repos, request.memberId);
  await access.requireBranchRole(member.branchId, ['secretary', 'committeeAdmin']);
  if (!member.active) throw conflict(`${member.name}的记录已转出，不能再修改`, 'MEMBER_INACTIVE');
  const changes = Object.fromEntries(Object.entries(request.changes).filter(([, v]) => v !== undefined)) as typeof request.changes;
  const updated = MemberDoc.parse({ ...member, ...changes, updatedAt: now });
  const datesChanged = changes.birthDate !== undefined || changes.joinDate !== undefined;
  const standingChanged = changes.status !== undefined || changes.joinDate !== undefined;
  await requireValidMemberFields(
    repos,
    access,
    member.branchId,
    now,
    {
      tier: changes.tier,
      posts: changes.posts,
      groupId: changes.groupId,
      ...(datesChanged ? { dates: { birthDate: updated.birthDate, joinDate: updated.joinDate } } : {}),
      ...(standingChanged
        ? {
            standing: {
              status: updated.status,
              joinDate: updated.joinDate,
              newActivist: updated.status === 'activist' && member.status !== 'activist',
            },
          }
        : {}),
    },
    'changes.',
  );
  if (updated.name !== member.name || updated.birthDate !== member.birthDate)
    await requireNoSamePerson(services.db, member.branchId, updated, member._id);
  await services.db
    .collection(COLLECTIONS.members)
    .doc(member._id)
    .update({ ...changes, updatedAt: now });
  return { member: memberView(updated) };
};
