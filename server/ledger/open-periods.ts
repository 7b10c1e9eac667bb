import { addDays, LocalDate, localDateToInt, periodOf, yearOf } from '../../shared/period';
import { scoringFromOf } from '../schemes/scheme.doc';
import { AppError } from '../runtime/app-error';
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
  if (localDateToInt(date) > localDateToInt(today)) throw new AppError('PERIOD_CLOSED', '日期不能晚于今天', 'DATE_IN_FUTURE');
  if (yearOf(date) !== branchYear.doc.year) throw new AppError('PERIOD_CLOSED', `日期不在 ${branchYear.doc.year} 年内`, 'OUTSIDE_YEAR');
  const from = scoringFromOf(branchYear.doc);
  if (localDateToInt(date) < localDateToInt(from))
    throw new AppError('PERIOD_CLOSED', `本支部从 ${from} 开始积分，之前的事项不能录入`, 'BEFORE_SCORING_START');
  const period = periodOf(unit, date);
  if (branchYear.doc.closedPeriods.includes(period.key))
    throw new AppError('PERIOD_CLOSED', `${period.label}已公示结束，不能再录入`, 'PERIOD_PUBLISHED');
  const current = periodOf(unit, today);
  if (period.key !== current.key && localDateToInt(today) > localDateToInt(addDays(period.end, LATE_ENTRY_DAYS))) {
    throw new AppError('PERIOD_CLOSED', `${period.label}已过录入期限（期末后 ${LATE_ENTRY_DAYS} 天）`, 'PERIOD_OVER');
  }
  return period.key;
}
