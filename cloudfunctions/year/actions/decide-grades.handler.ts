import { decideGrades } from '../../../shared/contracts/year/decide-grades.schema';
import { fail } from '../../../server/errors/domain-error';
import { Handler } from '../../../server/runtime/route';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { checkChanges, consequencesOfDecidedGrade } from '../../../server/year/grade-decision';
import { decidedHistory } from '../../../server/year/year-history';
import { changeSheet, requireProposed } from '../../../server/year/year-sheet-state';
import { yearTableView } from '../../../server/year/year-views';

/**
 * A committee admin over the branch decides its proposed grades: agrees, or changes some with a note
 * each (Annex C). What follows from a changed grade (warnings, flags, escalation by grade) follows the
 * decided grade. Final: written by compare-and-set, so of two decisions at once one is written and the
 * other answered CONFLICT YEAR_ALREADY_DECIDED; the decided grades are the members' history from then on.
 *
 * Database requests: 5 — roles (access) and the branch (the committee above it), then the sheet ∥ the
 * branch-year (its scheme must still be the proposal's), then one conditional write; changes of grade
 * under a scheme that escalates by grade add 1 (the changed members' decided earlier years).
 */
export const decideGradesHandler: Handler<typeof decideGrades> = async (request, { now, access, repos }) => {
  const { branchId, year } = request;
  const committeeId = await access.requireCommitteeOver(branchId);
  const [sheet, branchYear] = await Promise.all([repos.yearSheets.of(branchId, year), loadBranchYear(repos, branchId, year)]);
  requireProposed(sheet, year);
  const { proposal } = sheet;
  const { scheme } = branchYear;
  if (scheme.id !== proposal.scheme.id || scheme.version !== proposal.scheme.version || branchYear.doc.source !== proposal.scheme.source) {
    throw fail('SCHEME_CHANGED');
  }
  const checked = checkChanges(proposal, request.changes);
  const byGrade = scheme.escalation !== undefined && 'grades' in scheme.escalation.when;
  const history =
    checked.length > 0 && byGrade
      ? await decidedHistory(
          repos,
          checked.map(({ row }) => ({ _id: row.memberId, movedFrom: row.movedFrom })),
          year,
        )
      : [];
  const changes = checked.map(({ row, change }) => ({
    memberId: row.memberId,
    from: row.grade,
    to: change.grade,
    note: change.note,
    ...consequencesOfDecidedGrade(
      scheme,
      row,
      change.grade,
      history.filter((h) => h.member === row.memberId),
      year,
    ),
  }));
  const actor = await access.actor(committeeId, 'committeeAdmin');
  const written = await changeSheet(repos, { branchId, year }, sheet, (current) => {
    requireProposed(current, year);
    return {
      ...current,
      status: 'decided',
      decision: { by: actor, at: now, opinion: request.opinion ?? null, changes },
      revision: current.revision + 1,
      updatedAt: now,
    };
  });
  return yearTableView(branchId, year, written, written.proposal!);
};
