import { yearTable } from '../../../shared/contracts/year/year-table.schema';
import { localDateOf } from '../../../shared/period';
import { Handler } from '../../../server/runtime/route';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { requireCurrentReviews, reviewRulesOf } from '../../../server/year/review-rules';
import { computeYear, readYearInputs } from '../../../server/year/year-computation';
import { yearTableView } from '../../../server/year/year-views';
import { yearAsOf } from '../../../server/year/year-window';

/**
 * The branch's year table for its recorder and secretary, and the committee admins over it. Once
 * proposed, the frozen snapshot (with the decision once decided); while open, computed live by the core
 * as of today (at most 31 December) from the ledger, the review results entered and the members'
 * decided earlier years.
 *
 * Database requests: proposed or decided 2 — roles (access; +1 org read for a committee admin), then
 * the sheet. Open 6 — roles, the sheet, then the branch-year ∥ the members (1 per 1000) ∥ the ledger
 * lines grouped by member (1 per 250 members) ∥ after the members, their decided earlier years (1).
 */
export const yearTableHandler: Handler<typeof yearTable> = async (request, { now, access, repos }) => {
  const { branchId, year } = request;
  await access.requireBranchRole(branchId, ['recorder', 'secretary', 'committeeAdmin']);
  const sheet = await repos.yearSheets.of(branchId, year);
  if (sheet?.proposal) return yearTableView(branchId, year, sheet, sheet.proposal);
  const [branchYear, inputs] = await Promise.all([loadBranchYear(repos, branchId, year), readYearInputs(repos, branchId, year)]);
  const asOf = yearAsOf(branchYear, localDateOf(now));
  const reviews = sheet?.reviews ?? [];
  requireCurrentReviews(reviewRulesOf(branchYear.scheme), reviews, year);
  return yearTableView(branchId, year, sheet, computeYear(branchYear, inputs, reviews, asOf));
};
