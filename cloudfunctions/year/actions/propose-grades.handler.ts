import { proposeGrades } from '../../../shared/contracts/year/propose-grades.schema';
import { localDateOf } from '../../../shared/period';
import { fail } from '../../../server/errors/domain-error';
import { Handler } from '../../../server/runtime/route';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { requireCurrentReviews, reviewRulesOf } from '../../../server/year/review-rules';
import { computeYear, readYearInputs, reviewsMissingOf } from '../../../server/year/year-computation';
import { emptySheet } from '../../../server/year/year-sheet.doc';
import { changeSheet, requireOpen } from '../../../server/year/year-sheet-state';
import { yearTableView } from '../../../server/year/year-views';
import { requireLastPeriodStarted, yearAsOf } from '../../../server/year/year-window';

/**
 * The branch's secretary proposes the year's grades: the core computes the year (ledger, the review
 * results entered, the members' decided earlier years) as of today (at most 31 December), and the
 * computation is frozen in the sheet with the scheme's id and version. Written by compare-and-set: of
 * two proposals at once one is written, the other answered CONFLICT YEAR_ALREADY_PROPOSED. Answers the
 * frozen table.
 *
 * Database requests: 7 — roles (access), then the branch-year ∥ the sheet ∥ the branch's members (1 per
 * 1000) ∥ the year's ledger lines grouped by member (1 per 250 members) ∥ after the members, their
 * decided earlier years (1), then one conditional write. Nothing per member.
 */
export const proposeGradesHandler: Handler<typeof proposeGrades> = async (request, { now, access, repos }) => {
  const { branchId, year } = request;
  await access.requireBranchRole(branchId, ['secretary']);
  const today = localDateOf(now);
  const [branchYear, sheet, inputs] = await Promise.all([
    loadBranchYear(repos, branchId, year),
    repos.yearSheets.of(branchId, year),
    readYearInputs(repos, branchId, year),
  ]);
  requireOpen(sheet, year);
  requireLastPeriodStarted(branchYear, today);
  const asOf = yearAsOf(branchYear, today);
  const actor = await access.actor(branchId, 'secretary');
  const written = await changeSheet(repos, { branchId, year }, sheet, (current) => {
    requireOpen(current, year);
    const reviews = current?.reviews ?? [];
    requireCurrentReviews(reviewRulesOf(branchYear.scheme), reviews, year);
    const computation = computeYear(branchYear, inputs, reviews, asOf);
    const awaiting = computation.reviewRules?.grades ? reviewsMissingOf(computation).filter((r) => r.gradeNote === 'awaitingReview') : [];
    if (awaiting.length > 0) {
      const names =
        awaiting
          .slice(0, 3)
          .map((r) => r.name)
          .join('、') + (awaiting.length > 3 ? '等' : '');
      throw fail('YEAR_REVIEWS_MISSING', { count: awaiting.length, names });
    }
    const base = current ?? emptySheet(branchId, branchYear.doc.committeeId, year, now);
    return {
      ...base,
      status: 'proposed',
      proposal: { ...computation, by: actor, at: now },
      memberIds: computation.rows.map((r) => r.memberId),
      revision: current ? current.revision + 1 : 1,
      updatedAt: now,
    };
  });
  return yearTableView(branchId, year, written, written.proposal!);
};
