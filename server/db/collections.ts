/** The product's collections. Their indexes are declared in database/indexes.json. */
export const COLLECTIONS = {
  orgs: 'orgs',
  roles: 'roles',
  members: 'members',
  invites: 'invites',
  /** Wrong invite codes per WeChat user and per code bucket (bindWithCode's throttle). */
  bindAttempts: 'bindAttempts',
  schemes: 'schemes',
  branchYears: 'branchYears',
  reports: 'reports',
  ledger: 'ledger',
  meetings: 'meetings',
  /** A branch's year: democratic-review results, the branch's proposal, the committee's decision (server/year). */
  yearSheets: 'yearSheets',
  system: 'system',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
