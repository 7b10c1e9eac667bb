import { listMembers } from '../../../shared/contracts/org/list-members.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { MemberDoc } from '../../../server/members/member.doc';
import { memberView } from '../../../server/members/member-view';
import { Handler } from '../../../server/runtime/route';

/**
 * A page of the branch's members ordered by name (then id, for stable paging), active ones unless
 * asked for all. Openids never leave the server: `bound` says whether one is set.
 * Requests: roles 1 + branch org 0–1 + count 1 + page 1 (in parallel) ≤ 4.
 */
export const listMembersHandler: Handler<typeof listMembers> = async (request, { services, access }) => {
  await access.requireBranchRole(request.branchId, ['secretary', 'recorder', 'committeeAdmin']);
  const filter = request.includeInactive ? { branchId: request.branchId } : { branchId: request.branchId, active: true };
  const members = services.db.collection(COLLECTIONS.members);
  const [counted, page] = await Promise.all([
    members.where(filter).count(),
    members.where(filter).orderBy('name', 'asc').orderBy('_id', 'asc').skip(request.offset).limit(request.limit).get(),
  ]);
  return {
    total: counted.total ?? 0,
    members: page.data.map((d: unknown) => memberView(MemberDoc.parse(d))),
  };
};
