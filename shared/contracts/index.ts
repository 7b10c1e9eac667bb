import { HOME_CONTRACTS } from './home';
import { PUBLICATIONS_CONTRACTS } from './publications';
import { YEAR_CONTRACTS } from './year';
import { EXCHANGE_CONTRACTS } from './exchange';
import { NOTICES_CONTRACTS } from './notices';
import { EXPORTS_CONTRACTS } from './exports';
import { ORG_CONTRACTS } from './org';
import { REPORTS_CONTRACTS } from './reports';

export * from './reply';
export * from './define-contract';

/** All actions by function: the one list the functions, the client and docs/api.md are built from. */
export const CONTRACTS = {
  org: ORG_CONTRACTS,
  reports: REPORTS_CONTRACTS,
  home: HOME_CONTRACTS,
  publications: PUBLICATIONS_CONTRACTS,
  year: YEAR_CONTRACTS,
  exchange: EXCHANGE_CONTRACTS,
  notices: NOTICES_CONTRACTS,
  exports: EXPORTS_CONTRACTS,
} as const;
