import type { BranchYearDoc } from '../schemes/scheme.doc';
import { branchYearId } from '../schemes/scheme.doc';

/** Who the branch-years the timer opens are set by. */
export const TIMER_ACTOR = 'timer';

/**
 * A branch's new year, opened on 1 January when the committee has not set one: last year's pinned scheme
 * (the same copy, so the same rules) and board setting, no period closed, scoring from 1 January — the
 * year starts from zero (the ledger is per year). The committee may still choose another scheme until the
 * branch's first report or entry of the year (org.setBranchScheme).
 */
export function openedYear(previous: BranchYearDoc, now: Date): BranchYearDoc {
  const year = previous.year + 1;
  return {
    _id: branchYearId(previous.branchId, year),
    branchId: previous.branchId,
    committeeId: previous.committeeId,
    year,
    schemeId: previous.schemeId,
    schemeVersion: previous.schemeVersion,
    source: previous.source,
    scheme: structuredClone(previous.scheme),
    closedPeriods: [],
    ...(previous.showRanking !== undefined ? { showRanking: previous.showRanking } : {}),
    scoringFrom: `${year}-01-01`,
    setBy: TIMER_ACTOR,
    setAt: now,
  };
}
