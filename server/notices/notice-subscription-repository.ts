import type { NoticeKey } from '../../shared/contracts/notices/notice-fields.schema';
import type { NoticeMarkDoc, NoticeProblem, NoticeSubscriptionDoc } from './notice-subscription.doc';

/** People's one-time subscriptions and the notices that did not reach them. */
export interface NoticeSubscriptionRepository {
  byOpenid(openid: string): Promise<NoticeSubscriptionDoc | null>;
  /** The records of these people (one request per 500; people without one are left out). */
  ofOpenids(openids: readonly string[]): Promise<NoticeSubscriptionDoc[]>;
  /** Writes a person's record whole (their answers to a prompt). */
  put(doc: NoticeSubscriptionDoc): Promise<void>;
  /** One subscription of `key` used by each of these people (one request for all). */
  useCredit(openids: readonly string[], key: NoticeKey): Promise<void>;
  /**
   * The same problem added to each of these people's records (one request for all; the oldest beyond
   * KEPT_PROBLEMS drop off). `resetCredit`: WeChat says they have none of that kind left, so none are counted.
   * Answers how many records were there to change.
   */
  addProblem(openids: readonly string[], problem: NoticeProblem, resetCredit?: NoticeKey): Promise<number>;
  /** New records, each with its first problem (one request; a record written meanwhile refuses the batch). */
  insertMany(docs: readonly NoticeSubscriptionDoc[]): Promise<void>;
  /** Records with a problem of the branch since `since`, latest first (at most 200). */
  withProblemsOfBranch(branchId: string, since: Date): Promise<NoticeSubscriptionDoc[]>;
}

/** Notices sent once only, whoever fires them and however often. */
export interface NoticeMarkRepository {
  /** The marks among `ids` that exist (one request). */
  existing(ids: readonly string[]): Promise<Set<string>>;
  /** Writes a mark; false when it existed already (a twin run wrote it first). */
  mark(doc: NoticeMarkDoc): Promise<boolean>;
}
