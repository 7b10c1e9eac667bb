import { beijingDate } from './format';

/**
 * The time pages show dates against ("公示至 12月8日", this year, today): the phone's, except in the page
 * tests and the previews, which set it so that what they show does not depend on the day they run.
 */
let fixed: Date | null = null;

export function now(): Date {
  return fixed ? new Date(fixed) : new Date();
}

/** Tests and previews: the time pages see (null: the phone's again). */
export function setNow(at: Date | null): void {
  fixed = at ? new Date(at) : null;
}

/** Today in Beijing ("2026-12-05") and its year. */
export const today = (): string => beijingDate(now().toISOString());
export const thisYear = (): number => Number(today().slice(0, 4));
