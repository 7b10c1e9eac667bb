import { committeeSummary } from '../../shared/contracts/home/committee-summary.schema';
import { memberHome } from '../../shared/contracts/home/member-home.schema';
import { memberLedger } from '../../shared/contracts/home/member-ledger.schema';
import { secretaryHome } from '../../shared/contracts/home/secretary-home.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { committeeSummaryHandler } from './actions/committee-summary.handler';
import { memberHomeHandler } from './actions/member-home.handler';
import { memberLedgerHandler } from './actions/member-ledger.handler';
import { secretaryHomeHandler } from './actions/secretary-home.handler';

/** The home function's actions: one contract + one handler each. */
export const homeRoutes = {
  memberHome: route(memberHome, memberHomeHandler),
  secretaryHome: route(secretaryHome, secretaryHomeHandler),
  memberLedger: route(memberLedger, memberLedgerHandler),
  committeeSummary: route(committeeSummary, committeeSummaryHandler),
} satisfies RouteMap;
