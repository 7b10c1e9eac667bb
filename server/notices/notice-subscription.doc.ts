import { z } from 'zod';
import { NoticeKey, NoticeOutcome } from '../../shared/contracts/notices/notice-fields.schema';
import { StoredDate } from '../stored';

/** A notice that did not reach its person, kept on that person's subscription record. */
export const NoticeProblem = z
  .object({
    at: StoredDate,
    key: NoticeKey,
    outcome: NoticeOutcome,
    /** WeChat's errcode when it answered one (43101: refused, or no subscription left on WeChat's side). */
    errCode: z.number().int().nullable(),
    /** The branch the notice was about (officers of that branch see it). */
    branchId: z.string(),
    /** What it was about: a report, appeal, publication or draft id. */
    ref: z.string(),
  })
  .strict();
export type NoticeProblem = z.infer<typeof NoticeProblem>;

/** How many problems one record keeps (the newest). */
export const KEPT_PROBLEMS = 20;

/**
 * One WeChat user's one-time subscriptions (`_id` = openid): how many messages of each kind they have
 * agreed to receive and not yet received — each 允许 in wx.requestSubscribeMessage adds one, each message
 * sent uses one — and the latest notices that did not reach them (at most KEPT_PROBLEMS).
 */
export const NoticeSubscriptionDoc = z
  .object({
    _id: z.string(),
    credits: z.partialRecord(NoticeKey, z.number().int()),
    /** When the user last answered a subscription prompt (null: never). */
    answeredAt: StoredDate.nullable(),
    problems: z.array(NoticeProblem),
    /** The branches of the problems kept, for the officers' view (one query by branch). */
    problemBranches: z.array(z.string()),
    lastProblemAt: StoredDate.nullable(),
  })
  .strict();
export type NoticeSubscriptionDoc = z.infer<typeof NoticeSubscriptionDoc>;

/** A notice sent once only (`_id` = what it is about, e.g. `appealOverdue:<appealId>`): the mark is written before it is sent. */
export const NoticeMarkDoc = z.object({ _id: z.string(), at: StoredDate }).strict();
export type NoticeMarkDoc = z.infer<typeof NoticeMarkDoc>;

/** A record for someone who never answered a prompt, with its first problem. */
export function subscriptionWithProblem(openid: string, problem: NoticeProblem): NoticeSubscriptionDoc {
  return {
    _id: openid,
    credits: {},
    answeredAt: null,
    problems: [problem],
    problemBranches: [problem.branchId],
    lastProblemAt: problem.at,
  };
}
