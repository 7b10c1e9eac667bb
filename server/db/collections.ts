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
  /** 公示: one per branch and period (server/publications). */
  publications: 'publications',
  appeals: 'appeals',
  /** Members' sign-offs of published periods. */
  confirmations: 'confirmations',
  /** The ledger lines each final publication counted, with their hashes (its seal). */
  sealRecords: 'sealRecords',
  /** A branch's year: democratic-review results, the branch's proposal, the committee's decision (server/year). */
  yearSheets: 'yearSheets',
  system: 'system',
  /** People's one-time subscription-message consents and the notices that did not reach them (server/notices). */
  noticeSubscriptions: 'noticeSubscriptions',
  /** Notices sent once only, e.g. an appeal's overdue reminder (server/notices). */
  noticeMarks: 'noticeMarks',
  /** Boards the timer drafted on the first days after a period, one per branch and period (server/calendar). */
  publicationDrafts: 'publicationDrafts',
  /** 志愿服务超市: catalogue items with their stock, kept by a branch or a committee (server/exchange). */
  exchangeItems: 'exchangeItems',
  /** Stock put in or taken out of an item after it was created, one record each. */
  exchangeStock: 'exchangeStock',
  /** Members' redemptions: append-only spending, each marked when the goods are handed over. */
  exchangeRedemptions: 'exchangeRedemptions',
  /** Each member's spending of a year, the one document a redemption's balance check writes. */
  exchangeAccounts: 'exchangeAccounts',
} as const;

export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
