import { listMembers } from '../../../shared/contracts/org/list-members.schema';
import { memberView } from '../../../server/members/member-view';
import { Handler } from '../../../server/runtime/route';

/**
 * A page of the branch's members ordered by name (then id, for stable paging), active ones unless
 * asked for all. Openids never leave the server: `bound` says whether one is set.
 * Requests: roles 1 + branch org 0–1 + count 1 + page 1 (in parallel) ≤ 4.
 */
export const listMembersHandler: Handler<typeof listMembers> = async (request, { access, repos }) => {
  await access.requireBranchRole(request.branchId, ['secretary', 'recorder', 'committeeAdmin']);
  const { total, members } = await repos.members.pageOfBranch(
    request.branchId,
    { includeInactive: request.includeInactive },
    { offset: request.offset, limit: request.limit },
  );
  return { total, members: members.map(memberView) };
};
