import { memberHome } from '../../../shared/contracts/home/member-home.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { COLLECTIONS } from '../../../server/db/collections';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { scoreMemberHome } from '../../../server/home/member-score';
import { ledgerOfMemberYear } from '../../../server/ledger/ledger-reads';
import { Handler } from '../../../server/runtime/route';

/**
 * The member's own home page: this year's points as the scoring core computes them from the
 * member's ledger lines (reversals cancel what they reverse), the grade as a preview before the
 * branch quota, and the number of their reports waiting for review.
 *
 * Database requests: 4 — member records (access), then the branch-year ∥ the member's ledger lines
 * for the year (one more per further 1000 lines) ∥ the count of pending reports.
 */
export const memberHomeHandler: Handler<typeof memberHome> = async (request, { now, services, access, repos }) => {
  const db = services.db;
  const member = await access.requireOwnMember(request.memberId);
  const today = localDateOf(now);
  const year = yearOf(today);
  const [branchYear, entries, pending] = await Promise.all([
    loadBranchYear(repos, member.branchId, year),
    ledgerOfMemberYear(db, member._id, year),
    db.collection(COLLECTIONS.reports).where({ memberId: member._id, status: 'pending' }).count(),
  ]);
  return {
    member: { memberId: member._id, name: member.name, branchId: member.branchId },
    ...scoreMemberHome(branchYear, member, entries, today),
    pendingReports: pending.total ?? 0,
  };
};
