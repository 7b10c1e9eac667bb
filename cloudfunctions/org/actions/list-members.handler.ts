import { listMembers } from '../../../shared/contracts/org/list-members.schema';
import { inviteStatesOf } from '../../../server/invites/invite-state';
import { memberView } from '../../../server/members/member-view';
import { Handler } from '../../../server/runtime/route';

/**
 * A page of the branch's members ordered by name (then id, for stable paging), active ones unless
 * asked for all. Openids never leave the server: `bound` says whether one is set.
 * With `withInvites`, the open invites of the page's unbound members: one more request.
 * Requests: roles 1 + branch org 0–1 + count 1 + page 1 (in parallel) + invites 0–1 ≤ 5.
 */
export const listMembersHandler: Handler<typeof listMembers> = async (request, { now, access, repos }) => {
  await access.requireBranchRole(request.branchId, ['secretary', 'recorder', 'committeeAdmin']);
  const { total, members } = await repos.members.pageOfBranch(
    request.branchId,
    { includeInactive: request.includeInactive },
    { offset: request.offset, limit: request.limit },
  );
  if (!request.withInvites) return { total, members: members.map(memberView) };
  const unbound = members.filter((m) => !m.openid).map((m) => m._id);
  const invites = unbound.length > 0 ? inviteStatesOf(await repos.invites.openOfMembers(unbound), now) : [];
  return { total, members: members.map(memberView), invites };
};
