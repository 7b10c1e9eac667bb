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

/** One open period's reportable days (both ends included). */
export interface OpenDates {
  period: string;
  label: string;
  from: LocalDate;
  to: LocalDate;
}

/**
 * The days `requireOpenDate` takes today, as ranges: the previous period (while within LATE_ENTRY_DAYS
 * of its end) and the current one, each cut to the branch-year's year, the scoring start and today,
 * published periods left out. Oldest first; empty when nothing can be entered.
 */
export function openDateRanges(branchYear: BranchYear, today: LocalDate): OpenDates[] {
  const unit = branchYear.scheme.period;
  const year = branchYear.doc.year;
  const current = periodOf(unit, today);
  const previous = periodOf(unit, addDays(current.start, -1));
  const earliest = [scoringFromOf(branchYear.doc), `${year}-01-01`].reduce((a, b) => (localDateToInt(a) > localDateToInt(b) ? a : b));
  const latest = localDateToInt(`${year}-12-31`) < localDateToInt(today) ? `${year}-12-31` : today;
  const candidates = localDateToInt(today) > localDateToInt(addDays(previous.end, LATE_ENTRY_DAYS)) ? [current] : [previous, current];
  return candidates.flatMap((period) => {
    if (branchYear.doc.closedPeriods.includes(period.key) || yearOf(period.start) !== year) return [];
    const from = localDateToInt(period.start) > localDateToInt(earliest) ? period.start : earliest;
    const to = localDateToInt(period.end) < localDateToInt(latest) ? period.end : latest;
    return localDateToInt(from) <= localDateToInt(to) ? [{ period: period.key, label: period.label, from, to }] : [];
  });
}
