import { memberHome } from '../../../shared/contracts/home/member-home.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { scoreMemberHome } from '../../../server/home/member-score';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { Handler } from '../../../server/runtime/route';

/**
 * The member's own home page: this year's points as the scoring core computes them from the
 * member's ledger lines (reversals cancel what they reverse), the grade as a preview before the
 * branch quota, and the number of their reports waiting for review.
 *
 * Database requests: 4 — member records (access), then the branch-year ∥ the member's ledger lines
 * for the year (one more per further 1000 lines) ∥ the count of pending reports.
 */
export const memberHomeHandler: Handler<typeof memberHome> = async (request, { now, access, repos }) => {
  const member = await access.requireOwnMember(request.memberId);
  const today = localDateOf(now);
  const year = yearOf(today);
  const [branchYear, entries, pending] = await Promise.all([
    loadBranchYear(repos, member.branchId, year),
    repos.ledger.ofMemberYear(member._id, year),
    repos.reports.pendingCountOfMember(member._id),
  ]);
  return {
    member: { memberId: member._id, name: member.name, branchId: member.branchId },
    ...scoreMemberHome(branchYear, member, entries, today),
    pendingReports: pending,
  };
};
