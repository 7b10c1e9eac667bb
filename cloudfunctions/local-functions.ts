import type { Services } from '../server/runtime/services';
import { createCloudFunction, CloudFunctionMain } from '../server/runtime/create-cloud-function';
import { createTimerFunction, TimerFunctionMain } from '../server/runtime/create-timer-function';
import { CalendarSummary, runCalendar } from '../server/calendar/calendar-run';
import type { FunctionName } from '../shared/contracts/define-contract';
import { homeRoutes } from './home/routes';
import { orgRoutes } from './org/routes';
import { publicationsRoutes } from './publications/routes';
import { reportsRoutes } from './reports/routes';
import { yearRoutes } from './year/routes';
import { exchangeRoutes } from './exchange/routes';
import { noticesRoutes } from './notices/routes';
import { exportsRoutes } from './exports/routes';

/**
 * Every cloud function built in-process, for the emulator (`npm start`, tests, benchmarks).
 * The deployed functions are the same routes behind each folder's index.ts; `timers` is run by its
 * timer trigger (cloudfunctions/timers/config.json), not by callers.
 */
export function localFunctions(
  overrides: Partial<Services> = {},
): Record<FunctionName, CloudFunctionMain> & { timers: TimerFunctionMain<CalendarSummary> } {
  return {
    org: createCloudFunction(orgRoutes, overrides),
    reports: createCloudFunction(reportsRoutes, overrides),
    home: createCloudFunction(homeRoutes, overrides),
    publications: createCloudFunction(publicationsRoutes, overrides),
    year: createCloudFunction(yearRoutes, overrides),
    exchange: createCloudFunction(exchangeRoutes, overrides),
    notices: createCloudFunction(noticesRoutes, overrides),
    exports: createCloudFunction(exportsRoutes, overrides),
    timers: createTimerFunction(runCalendar, overrides),
  };
}
