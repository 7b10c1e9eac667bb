import { failedNotices } from '../../shared/contracts/notices/failed-notices.schema';
import { mySubscriptions } from '../../shared/contracts/notices/my-subscriptions.schema';
import { recordConsent } from '../../shared/contracts/notices/record-consent.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { failedNoticesHandler } from './actions/failed-notices.handler';
import { mySubscriptionsHandler } from './actions/my-subscriptions.handler';
import { recordConsentHandler } from './actions/record-consent.handler';

/** The notices function's actions: one contract + one handler each. */
export const noticesRoutes = {
  mySubscriptions: route(mySubscriptions, mySubscriptionsHandler),
  recordConsent: route(recordConsent, recordConsentHandler),
  failedNotices: route(failedNotices, failedNoticesHandler),
} satisfies RouteMap;
