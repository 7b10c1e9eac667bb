import { LocalDate, localDateToInt } from './local-date';

/** Scoring periods: the seeds score by month (001, 002, 004) or by quarter (000, 003). The year is the cycle. */
export type PeriodUnit = 'month' | 'quarter';

export interface Period {
  unit: PeriodUnit;
  year: number;
  /** 0-based index within the year: 0–11 for months, 0–3 for quarters. */
  index: number;
  /** '2026-03' or '2026-Q1'. Stable key used in storage and output. */
  key: string;
  /** '2026年3月' or '2026年第一季度'. */
  label: string;
  start: LocalDate;
  end: LocalDate;
}

const QUARTER_NAMES = ['一', '二', '三', '四'];

export function periodsPerYear(unit: PeriodUnit): number {
  return unit === 'month' ? 12 : 4;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function periodAt(unit: PeriodUnit, year: number, index: number): Period {
  const count = periodsPerYear(unit);
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`period index ${index} is outside 0–${count - 1} for unit ${unit}`);
  }
  const months = unit === 'month' ? 1 : 3;
  const firstMonth = index * months + 1;
  const lastMonth = firstMonth + months - 1;
  const start = `${year}-${pad2(firstMonth)}-01`;
  const end = `${year}-${pad2(lastMonth)}-${pad2(lastDayOfMonth(year, lastMonth))}`;
  const key = unit === 'month' ? `${year}-${pad2(firstMonth)}` : `${year}-Q${index + 1}`;
  const label = unit === 'month' ? `${year}年${firstMonth}月` : `${year}年第${QUARTER_NAMES[index]}季度`;
  return { unit, year, index, key, label, start, end };
}

export function periodsOfYear(unit: PeriodUnit, year: number): Period[] {
  return Array.from({ length: periodsPerYear(unit) }, (_, index) => periodAt(unit, year, index));
}

/** Index of the period that contains `date` (the date must lie in the period's year). */
export function periodIndexOf(unit: PeriodUnit, date: LocalDate): number {
  const month = Math.floor(localDateToInt(date) / 100) % 100;
  return unit === 'month' ? month - 1 : Math.floor((month - 1) / 3);
}

export function periodOf(unit: PeriodUnit, date: LocalDate): Period {
  return periodAt(unit, Math.floor(localDateToInt(date) / 10_000), periodIndexOf(unit, date));
}

/** Parses '2026-03' / '2026-Q2'; returns null for anything else. */
export function parsePeriodKey(key: string): Period | null {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? periodAt('month', Number(month[1]), m - 1) : null;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return periodAt('quarter', Number(quarter[1]), Number(quarter[2]) - 1);
  return null;
}

/**
 * How many periods of `year` have started by `asOf`: these are the periods a year total counts.
 * 0 when asOf is before the year, all of them when asOf is after it.
 */
export function startedPeriodCount(unit: PeriodUnit, year: number, asOf: LocalDate): number {
  const asOfInt = localDateToInt(asOf);
  const asOfYear = Math.floor(asOfInt / 10_000);
  if (asOfYear < year) return 0;
  if (asOfYear > year) return periodsPerYear(unit);
  return periodIndexOf(unit, asOf) + 1;
}
