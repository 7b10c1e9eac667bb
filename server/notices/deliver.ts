import type { NoticeKey, NoticeOutcome } from '../../shared/contracts/notices/notice-fields.schema';
import type { Repositories } from '../repositories';
import { NoticeProblem, NoticeSubscriptionDoc, subscriptionWithProblem } from './notice-subscription.doc';
import { Notifier, USER_REFUSED } from './notifier';

/** One message for one person, before its subscription is checked. */
export interface Notice {
  key: NoticeKey;
  openid: string;
  /** The branch it is about: its officers see it when it does not arrive. */
  branchId: string;
  /** What it is about (a report, appeal, publication or draft id). */
  ref: string;
  page: string;
  data: Record<string, string>;
}

/** What a notice needs from its caller: the subscriptions, the port to WeChat, the time. */
export interface NoticeDeps {
  repos: Pick<Repositories, 'noticeSubscriptions'>;
  notifier: Notifier;
  now: Date;
}

export type DeliveryCounts = Record<'sent' | NoticeOutcome | 'unconfigured', number>;

/** Sends at most this many messages at once. */
const PARALLEL_SENDS = 8;

async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

const problemKey = (p: NoticeProblem) => `${p.key}|${p.outcome}|${p.errCode}|${p.branchId}|${p.ref}`;

/**
 * Sends notices where their person has a subscription of that kind left, and records what happened —
 * after the operation's own writes, never failing it. Kinds without a configured template are not sent.
 *
 * Database requests: 1 read of the people's subscription records (per 500 people), then one write per
 * group of like outcomes, whatever the number of people: the subscriptions used (1), the problems added
 * to existing records (1 per distinct problem), new records for people who never answered (1). Sending
 * to 60 members: 1 read + 1–3 writes. Never throws: a failure to record is logged.
 */
export async function deliverNotices(deps: NoticeDeps, notices: readonly Notice[]): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { sent: 0, noConsent: 0, refused: 0, failed: 0, unconfigured: 0 };
  try {
    const configured = notices.filter((n) => deps.notifier.templateId(n.key) !== null);
    counts.unconfigured = notices.length - configured.length;
    if (configured.length === 0) return counts;

    const records = new Map((await deps.repos.noticeSubscriptions.ofOpenids(configured.map((n) => n.openid))).map((r) => [r._id, r]));
    const left = new Map<string, number>();
    const creditOf = (n: Notice) => {
      const id = `${n.openid}|${n.key}`;
      if (!left.has(id)) left.set(id, records.get(n.openid)?.credits[n.key] ?? 0);
      return id;
    };
    const toSend: Notice[] = [];
    const problems: { notice: Notice; outcome: NoticeOutcome; errCode: number | null }[] = [];
    for (const notice of configured) {
      const id = creditOf(notice);
      const credits = left.get(id) ?? 0;
      if (credits > 0) {
        left.set(id, credits - 1);
        toSend.push(notice);
      } else problems.push({ notice, outcome: 'noConsent', errCode: null });
    }

    const used: Notice[] = [];
    const outcomes = await inBatches(toSend, PARALLEL_SENDS, async (notice) => ({
      notice,
      outcome: await deps.notifier.send({ touser: notice.openid, key: notice.key, page: notice.page, data: notice.data }),
    }));
    for (const { notice, outcome } of outcomes) {
      if (outcome.sent) used.push(notice);
      else problems.push({ notice, outcome: outcome.errCode === USER_REFUSED ? 'refused' : 'failed', errCode: outcome.errCode });
    }
    counts.sent = used.length;
    for (const p of problems) counts[p.outcome] += 1;

    await record(deps, records, used, problems);
  } catch (error) {
    console.error('[notices] delivery failed; the operation itself stands', error);
  }
  return counts;
}

/** The writes of one delivery, grouped so that like outcomes share one request. */
async function record(
  deps: NoticeDeps,
  records: Map<string, NoticeSubscriptionDoc>,
  used: Notice[],
  problems: { notice: Notice; outcome: NoticeOutcome; errCode: number | null }[],
): Promise<void> {
  const repo = deps.repos.noticeSubscriptions;
  const writes: Promise<unknown>[] = [];
  // Subscriptions used, by kind (one person twice in one kind is rare: the second use is a second request).
  const usedRounds: Map<NoticeKey, string[]>[] = [];
  for (const notice of used) {
    let round = usedRounds.find((r) => !(r.get(notice.key) ?? []).includes(notice.openid));
    if (!round) usedRounds.push((round = new Map()));
    round.set(notice.key, [...(round.get(notice.key) ?? []), notice.openid]);
  }
  for (const round of usedRounds) for (const [key, openids] of round) writes.push(repo.useCredit(openids, key));

  const byProblem = new Map<string, { problem: NoticeProblem; openids: string[] }>();
  const fresh = new Map<string, NoticeSubscriptionDoc>();
  for (const { notice, outcome, errCode } of problems) {
    const problem: NoticeProblem = { at: deps.now, key: notice.key, outcome, errCode, branchId: notice.branchId, ref: notice.ref };
    if (!records.has(notice.openid)) {
      const doc = fresh.get(notice.openid);
      if (!doc) fresh.set(notice.openid, subscriptionWithProblem(notice.openid, problem));
      else {
        doc.problems.push(problem);
        if (!doc.problemBranches.includes(problem.branchId)) doc.problemBranches.push(problem.branchId);
      }
      continue;
    }
    const group = byProblem.get(problemKey(problem)) ?? { problem, openids: [] };
    group.openids.push(notice.openid);
    byProblem.set(problemKey(problem), group);
  }
  for (const { problem, openids } of byProblem.values())
    writes.push(repo.addProblem(openids, problem, problem.outcome === 'refused' ? problem.key : undefined));
  if (fresh.size > 0) writes.push(insertFresh(deps, [...fresh.values()]));
  const results = await Promise.allSettled(writes);
  for (const result of results) if (result.status === 'rejected') console.error('[notices] could not record an outcome', result.reason);
}

/** New records for people who never answered; when one was written meanwhile, each problem is added to what is there. */
async function insertFresh(deps: NoticeDeps, docs: NoticeSubscriptionDoc[]): Promise<void> {
  try {
    await deps.repos.noticeSubscriptions.insertMany(docs);
  } catch {
    for (const doc of docs) {
      const [problem] = doc.problems;
      if (problem && (await deps.repos.noticeSubscriptions.addProblem([doc._id], problem)) === 0)
        await deps.repos.noticeSubscriptions.insertMany([doc]).catch(() => undefined);
    }
  }
}
