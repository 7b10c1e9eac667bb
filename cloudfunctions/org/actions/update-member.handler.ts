import { updateMember } from '../../../shared/contracts/org/update-member.schema';
import { MemberDoc } from '../../../server/members/member.doc';
import { requireManagedMember } from '../../../server/members/managed-member';
import { requireNoSamePerson, requireValidMemberFields } from '../../../server/members/member-check';
import { memberView } from '../../../server/members/member-view';
import { Handler } from '../../../server/runtime/route';

/**
 * Changes fields of an active member record. Only the changed fields are checked against the branch
 * (a tier set under last year's scheme does not block correcting a phone number); status and 入党日期
 * together (an 入党积极分子 has none; becoming one needs a scheme that scores activists).
 * Requests: member 1 + roles 1 + branch org 0–1 + scheme 0–1 + group 0–1 + same-person 0–1 + update 1 ≤ 7.
 */
export const updateMemberHandler: Handler<typeof updateMember> = async (request, { now, access, repos }) => {
  const member = await requireManagedMember(repos, access, request.memberId, ['secretary', 'committeeAdmin']);
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
    await requireNoSamePerson(repos, access, member.branchId, updated, member._id);
  await repos.members.update(member._id, { ...changes, updatedAt: now });
  return { member: memberView(updated) };
};
