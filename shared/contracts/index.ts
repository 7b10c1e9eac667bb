import { ORG_CONTRACTS } from './org';

export * from './reply';
export * from './define-contract';

/** All actions by function: the one list the functions, the client and docs/api.md are built from. */
export const CONTRACTS = {
  org: ORG_CONTRACTS,
} as const;
