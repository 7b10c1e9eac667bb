import { saveReviews } from '../../../shared/contracts/year/save-reviews.schema';
import { fail } from '../../../server/errors/domain-error';
import { Handler } from '../../../server/runtime/route';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { checkResults, reviewRulesOf, withResults } from '../../../server/year/review-rules';
import { emptySheet } from '../../../server/year/year-sheet.doc';
import { changeSheet, requireOpen } from '../../../server/year/year-sheet-state';

/**
 * Democratic-review results for a branch-year, by its secretary (or a committee admin over it): checked
 * against the pinned scheme and the branch's members, merged into the sheet (results not named stay),
 * until the branch proposes. Saving the same results again changes nothing and writes nothing. Results
 * may always be cleared (grade null), also those a changed scheme no longer accepts.
 *
 * Database requests: 5 — roles (access; +1 org read for a committee admin), then the branch-year ∥ the
 * sheet ∥ the named members (one request for the up to 500 of a call), then one conditional write
 * (none when nothing changed; a lost race adds a read and a write). Nothing per member.
 */
export const saveReviewsHandler: Handler<typeof saveReviews> = async (request, { openid, now, access, repos }) => {
  const { branchId, year } = request;
  const role = await access.requireBranchRole(branchId, ['secretary', 'committeeAdmin']);
  const [branchYear, sheet, members] = await Promise.all([
    loadBranchYear(repos, branchId, year),
    repos.yearSheets.of(branchId, year),
    repos.members.byIds(request.results.map((r) => r.memberId)),
  ]);
  const rules = reviewRulesOf(branchYear.scheme);
  // Clearing is always allowed: results entered before the committee changed the scheme can be removed.
  if (!rules && request.results.some((r) => r.grade !== null)) throw fail('YEAR_NO_REVIEWS', { year });
  requireOpen(sheet, year);
  const checked = checkResults(rules, request.results, branchId, new Map(members.map((m) => [m._id, m])), openid);
  const actor = await access.actor(role === 'committeeAdmin' ? ((await access.committeeOver(branchId)) ?? branchId) : branchId, role);
  let changed = 0;
  const written = await changeSheet(repos, { branchId, year }, sheet, (current) => {
    requireOpen(current, year);
    const base = current ?? emptySheet(branchId, branchYear.doc.committeeId, year, now);
    const next = withResults(base.reviews, checked);
    changed = next.changed;
    if (current && next.changed === 0) return current;
    return {
      ...base,
      reviews: next.reviews,
      reviewsBy: actor,
      reviewsAt: now,
      revision: current ? current.revision + 1 : 1,
      updatedAt: now,
    };
  });
  return { branchId, year, revision: written.revision, stored: written.reviews.length, changed };
};
