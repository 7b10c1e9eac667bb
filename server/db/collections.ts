/** The product's collections. Their indexes are declared in database/indexes.json. */
export const COLLECTIONS = {
  orgs: 'orgs',
  roles: 'roles',
  members: 'members',
  invites: 'invites',
  schemes: 'schemes',
  branchYears: 'branchYears',
  reports: 'reports',
  ledger: 'ledger',
  meetings: 'meetings',
  system: 'system',
} as const;
