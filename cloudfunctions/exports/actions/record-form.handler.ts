import { recordForm } from '../../../shared/contracts/exports/record-form.schema';
import { localDateOf } from '../../../shared/period';
import { requireOrg } from '../../../server/access/access';
import { deliver } from '../../../server/exports/delivery';
import { requireRecordMember } from '../../../server/exports/export-access';
import { recordFormData } from '../../../server/exports/record-form';
import { Handler } from '../../../server/runtime/route';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { requireCurrentReviews, reviewRulesOf } from '../../../server/year/review-rules';
import { yearAsOf } from '../../../server/year/year-window';

/**
 * 表A of a member's year as an .xlsx in storage, with a temporary link: each ledger line in force with
 * the points it counted, the democratic review, the totals (server/exports/record-form.ts).
 *
 * Database requests: the member's own 5 — their member records, then the branch ∥ the pinned scheme ∥
 * their lines of the year (1 per 1000) ∥ the year sheet; an officer's 7 (member records ∥ the member,
 * roles, then the same four); storage 3.
 */
export const recordFormHandler: Handler<typeof recordForm> = async (request, { now, access, repos, services }) => {
  const member = await requireRecordMember(access, repos, request.memberId);
  const [org, branchYear, lines, sheet] = await Promise.all([
    requireOrg(access, member.branchId),
    loadBranchYear(repos, member.branchId, request.year),
    repos.ledger.ofMemberYear(member._id, request.year),
    repos.yearSheets.of(member.branchId, request.year),
  ]);
  const asOf = yearAsOf(branchYear, localDateOf(now));
  const reviews = (sheet?.reviews ?? []).filter((r) => r.memberId === member._id);
  requireCurrentReviews(reviewRulesOf(branchYear.scheme), reviews, request.year);
  const form = recordFormData({ member, orgName: org.name, branchYear, lines, sheet, asOf, now });
  return deliver(services.exports, member.branchId, form, now);
};
