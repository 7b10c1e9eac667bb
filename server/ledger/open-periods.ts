import { addDays, LocalDate, localDateToInt, periodOf, yearOf } from '../../shared/period';
import { scoringFromOf } from '../schemes/scheme.doc';
import { fail } from '../errors/domain-error';
import type { BranchYear } from '../schemes/branch-year';

/**
 * Days after a period ends during which it still takes reports and entries (a monthly scheme records
 * last month's activities until the 10th). Periods a publication has closed take none.
 */
export const LATE_ENTRY_DAYS = 10;

/**
 * Throws PERIOD_CLOSED unless `date` can still be reported: not in the future, in the branch-year's
 * year, in the current period or the previous one within LATE_ENTRY_DAYS, and not closed.
 */
export function requireOpenDate(branchYear: BranchYear, date: LocalDate, today: LocalDate): string {
  const unit = branchYear.scheme.period;
  if (localDateToInt(date) > localDateToInt(today)) throw fail('DATE_IN_FUTURE');
  if (yearOf(date) !== branchYear.doc.year) throw fail('OUTSIDE_YEAR', { year: branchYear.doc.year });
  const from = scoringFromOf(branchYear.doc);
  if (localDateToInt(date) < localDateToInt(from)) throw fail('BEFORE_SCORING_START', { from });
  const period = periodOf(unit, date);
  if (branchYear.doc.closedPeriods.includes(period.key)) throw fail('PERIOD_PUBLISHED', { period: period.label });
  const current = periodOf(unit, today);
  if (period.key !== current.key && localDateToInt(today) > localDateToInt(addDays(period.end, LATE_ENTRY_DAYS))) {
    throw fail('PERIOD_OVER', { period: period.label, days: LATE_ENTRY_DAYS });
  }
  return period.key;
}
