import { memberHome } from '../../shared/contracts/home/member-home.schema';
import { memberLedger } from '../../shared/contracts/home/member-ledger.schema';
import { secretaryHome } from '../../shared/contracts/home/secretary-home.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { memberHomeHandler } from './actions/member-home.handler';
import { memberLedgerHandler } from './actions/member-ledger.handler';
import { secretaryHomeHandler } from './actions/secretary-home.handler';

/** The home function's actions: one contract + one handler each. */
export const homeRoutes = {
  memberHome: route(memberHome, memberHomeHandler),
  secretaryHome: route(secretaryHome, secretaryHomeHandler),
  memberLedger: route(memberLedger, memberLedgerHandler),
} satisfies RouteMap;
