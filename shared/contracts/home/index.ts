import { committeeSummary } from './committee-summary.schema';
import { memberHome } from './member-home.schema';
import { memberLedger } from './member-ledger.schema';
import { secretaryHome } from './secretary-home.schema';

/** Every action of the home function (党员首页、书记首页、积分明细、党委总览). */
export const HOME_CONTRACTS = { memberHome, secretaryHome, memberLedger, committeeSummary };
