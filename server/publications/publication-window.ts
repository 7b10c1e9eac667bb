import { addDays, addWorkdays, endOfLocalDay, localDateOf } from '../../shared/period';
import type { Scheme } from '../../shared/scheme';
import type { PublicationSettings } from './publication-period';

/**
 * How long a publication stays open, counted from the day after it is published: `windowDays` calendar
 * days, or working days where the scheme says so (002: 5 个工作日; weekends skipped, public holidays are
 * not known). It ends at the end of its last day, Beijing time. Appeals may be filed until the scheme's
 * `withinDays` after publishing, but not after the window.
 */
export function publicationWindow(
  publishedAt: Date,
  settings: PublicationSettings,
  appeal: Scheme['workflow']['appeal'],
): { windowEndsAt: Date; appealsUntil: Date } {
  const day = localDateOf(publishedAt);
  const lastDay = settings.workdays ? addWorkdays(day, settings.windowDays) : addDays(day, settings.windowDays);
  const windowEndsAt = endOfLocalDay(lastDay);
  const appealEnd = endOfLocalDay(addDays(day, appeal.withinDays));
  return { windowEndsAt, appealsUntil: appealEnd < windowEndsAt ? appealEnd : windowEndsAt };
}

/** The end of the last day the branch has to answer an appeal filed at `filedAt`. */
export function answerDueOf(filedAt: Date, answerWithinDays: number): Date {
  return endOfLocalDay(addDays(localDateOf(filedAt), answerWithinDays));
}
