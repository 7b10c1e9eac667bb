import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

/** All business dates are calendar dates in China Standard Time. */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/** A calendar date 'YYYY-MM-DD' in Asia/Shanghai. Dates never carry a time or an offset. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written 'YYYY-MM-DD' (rejects 2026-02-30). */
export function isLocalDate(text: string): boolean {
  if (!LOCAL_DATE.test(text)) return false;
  return dayjs(text, 'YYYY-MM-DD', true).isValid();
}

/** 'YYYY-MM-DD' → 20260315, for fast comparisons and age arithmetic. Assumes a validated date. */
export function localDateToInt(date: LocalDate): number {
  return (
    (date.charCodeAt(0) - 48) * 10_000_000 +
    (date.charCodeAt(1) - 48) * 1_000_000 +
    (date.charCodeAt(2) - 48) * 100_000 +
    (date.charCodeAt(3) - 48) * 10_000 +
    (date.charCodeAt(5) - 48) * 1_000 +
    (date.charCodeAt(6) - 48) * 100 +
    (date.charCodeAt(8) - 48) * 10 +
    (date.charCodeAt(9) - 48)
  );
}

export function yearOf(date: LocalDate): number {
  return Math.floor(localDateToInt(date) / 10_000);
}

export function monthOf(date: LocalDate): number {
  return Math.floor(localDateToInt(date) / 100) % 100;
}

/**
 * Full years of age on `date` for someone born on `birthDate` (both yyyymmdd integers).
 * A person turns N on their birthday; someone born on 29 February turns N on 1 March in common years.
 */
export function ageOn(birthDateInt: number, dateInt: number): number {
  return Math.floor((dateInt - birthDateInt) / 10_000);
}

/** The Shanghai calendar date of an instant (a server timestamp). The clock is always a parameter. */
export function localDateOf(instant: Date | number): LocalDate {
  return dayjs(instant).tz(BUSINESS_TIME_ZONE).format('YYYY-MM-DD');
}

/** Adds whole days to a calendar date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return dayjs(date, 'YYYY-MM-DD', true).add(days, 'day').format('YYYY-MM-DD');
}

/** The day of the week of a calendar date: 0 Sunday … 6 Saturday. */
export function weekdayOf(date: LocalDate): number {
  return dayjs(date, 'YYYY-MM-DD', true).day();
}

/** Adds working days (Monday–Friday; public holidays are not known here) to a calendar date. */
export function addWorkdays(date: LocalDate, days: number): LocalDate {
  let current = date;
  for (let left = days; left > 0;) {
    current = addDays(current, 1);
    const weekday = weekdayOf(current);
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return current;
}

/** The last instant of a calendar day in Beijing time (23:59:59.999 +08:00). */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date(dayjs.tz(`${date} 00:00:00`, BUSINESS_TIME_ZONE).add(1, 'day').valueOf() - 1);
}
