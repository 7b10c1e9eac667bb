import { runCalendar } from '../../server/calendar/calendar-run';
import { createTimerFunction } from '../../server/runtime/create-timer-function';

/**
 * The branch's calendar, run by the timer trigger in config.json (daily, 02:30 Beijing time): opens a new
 * year, drafts the periods that just ended and reminds their secretaries, reminds them of overdue appeals.
 * Deployed as cloud function "timers"; it has no actions and refuses every caller but its timer.
 */
export const main = createTimerFunction(runCalendar);
