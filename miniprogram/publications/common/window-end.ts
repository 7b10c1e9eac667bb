import { addDays, shortDate } from './dates';

/**
 * The last day of a window opened today, as the publications function counts it: `days` calendar days
 * after today, or working days (weekends skipped; public holidays are not known), Beijing time.
 */
export function windowEndOf(today: string, days: number, workdays: boolean): string {
  if (!workdays) return addDays(today, days);
  let day = today;
  for (let left = days; left > 0;) {
    day = addDays(day, 1);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return day;
}

/** "公示 5 天，到12月8日" / "公示 5 个工作日，到12月8日". */
export function windowText(today: string, days: number, workdays: boolean): string {
  return `公示 ${days} ${workdays ? '个工作日' : '天'}，到${shortDate(windowEndOf(today, days, workdays))}`;
}
