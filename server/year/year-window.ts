import { LocalDate, localDateToInt, periodsOfYear } from '../../shared/period';
import { fail } from '../errors/domain-error';
import type { BranchYear } from '../schemes/branch-year';
import { scoringFromOf } from '../schemes/scheme.doc';

/**
 * The date a branch's year is computed as of: today, at most its 31 December. CONFLICT YEAR_NOT_STARTED
 * before the branch's scoring starts (a year pinned ahead, or a start the committee set later).
 */
export function yearAsOf(branchYear: BranchYear, today: LocalDate): LocalDate {
  const { year } = branchYear.doc;
  const end = `${year}-12-31`;
  const asOf = localDateToInt(today) > localDateToInt(end) ? end : today;
  const from = scoringFromOf(branchYear.doc);
  if (localDateToInt(asOf) < localDateToInt(from)) throw fail('YEAR_NOT_STARTED', { year, from });
  return asOf;
}

/**
 * A branch proposes its grades once the year's last period has started (December, or the fourth
 * quarter): earlier, the year total would freeze a part of the year. CONFLICT YEAR_TOO_EARLY.
 */
export function requireLastPeriodStarted(branchYear: BranchYear, today: LocalDate): void {
  const last = periodsOfYear(branchYear.scheme.period, branchYear.doc.year).at(-1)!;
  if (localDateToInt(today) < localDateToInt(last.start)) throw fail('YEAR_TOO_EARLY', { year: branchYear.doc.year, period: last.label });
}
