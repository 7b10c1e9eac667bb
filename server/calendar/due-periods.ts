import { addDays, LocalDate, periodOf, yearOf } from '../../shared/period';
import type { PublicationKind } from '../publications/publication.doc';

/**
 * How many days after a period the timer still drafts it: the 1st, and two more in case a run was
 * missed (a draft is written once, so later runs find it and do nothing).
 */
export const CATCH_UP_DAYS = 3;

const dayOf = (date: LocalDate) => Number(date.slice(8, 10));
const monthOf = (date: LocalDate) => Number(date.slice(5, 7));

/** Whether the timer drafts on `today`: the first CATCH_UP_DAYS days of a month. */
export const isDraftingDay = (today: LocalDate): boolean => dayOf(today) <= CATCH_UP_DAYS;

/** The year whose periods may be due on `today`: the year of the day before this month began. */
export const draftYearOf = (today: LocalDate): number => yearOf(addDays(today, -dayOf(today)));

/**
 * The publication periods that ended just before `today`, of the kinds a scheme publishes: on the first
 * days of a month last month ('2026-03'); of a quarter's first month also last quarter ('2026-Q1'); of
 * January also last year ('2025'). None after the first CATCH_UP_DAYS days of a month.
 */
export function duePeriodKeys(kinds: readonly PublicationKind[], today: LocalDate): string[] {
  if (!isDraftingDay(today)) return [];
  const lastDay = addDays(today, -dayOf(today));
  const keys: string[] = [];
  if (kinds.includes('month')) keys.push(periodOf('month', lastDay).key);
  if (kinds.includes('quarter') && (monthOf(today) - 1) % 3 === 0) keys.push(periodOf('quarter', lastDay).key);
  if (kinds.includes('year') && monthOf(today) === 1) keys.push(String(yearOf(lastDay)));
  return keys;
}
