import { createHash } from 'node:crypto';
import { DomainError, fail, retryLater } from '../errors/domain-error';
import type { Repositories } from '../repositories';

/**
 * Throttling of wrong invite codes (bindWithCode). Only a code that matches no invite counts as wrong;
 * a used, expired or voided code is a real one and is answered as such.
 *
 * - Per WeChat user: 5 wrong codes per 15-minute window and 20 per day (Beijing time). Typing slips
 *   are answered with the tries left; then the person waits at most 15 minutes (a day after 20).
 *   The counter lives in one document per openid, read and written inside the bind transaction, so
 *   concurrent guesses by one person are counted exactly (they conflict on it and retry).
 * - Overall: a wrong code names no branch — codes are drawn uniformly, so every branch's outstanding
 *   invites are equally exposed to every guess and a guess cannot be aimed at one branch. The overall
 *   limit is therefore kept per code bucket, the code's first character (31 buckets): 30 wrong codes per
 *   bucket per 15 minutes from everyone together, which caps what many WeChat accounts can guess at
 *   31 × 30 per 15 minutes for the whole environment. While a bucket is shut only codes starting with
 *   that character wait; a fresh code from the secretary most likely starts with another. Bucket
 *   counters are incremented atomically (`_.inc`) outside the transaction, so that guesses from many
 *   people do not conflict with one another; a burst can overshoot by the calls in flight.
 * - While a limit holds, even a correct code is not looked up (otherwise its answer would still tell a
 *   guesser a hit), and the reply is FORBIDDEN / TOO_MANY_ATTEMPTS saying when to try again.
 * - A function instance remembers the limits it has seen hold, so repeated calls while blocked cost no
 *   database request on a warm instance.
 */
export const BIND_LIMITS = {
  windowMinutes: 15,
  perCallerPerWindow: 5,
  perCallerPerDay: 20,
  perBucketPerWindow: 30,
} as const;

const MINUTE = 60_000;
const WINDOW_MS = BIND_LIMITS.windowMinutes * MINUTE;
const DAY_MS = 24 * 60 * MINUTE;
/** Beijing time is UTC+8 all year. */
const BEIJING_OFFSET_MS = 8 * 60 * MINUTE;

const windowStartOf = (now: Date) => new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
const dayStartOf = (now: Date) => new Date(Math.floor((now.getTime() + BEIJING_OFFSET_MS) / DAY_MS) * DAY_MS - BEIJING_OFFSET_MS);

/** "12 分钟" up to an hour, then whole hours ("14 小时"), always rounded up. */
export function waitText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  return minutes <= 60 ? `${minutes} 分钟` : `${Math.ceil(minutes / 60)} 小时`;
}

/** FORBIDDEN TOO_MANY_ATTEMPTS: a limit holds until `until`. */
export function tooManyAttempts(until: Date, now: Date, who: 'caller' | 'bucket'): DomainError {
  const wait = waitText(until.getTime() - now.getTime());
  return retryLater(
    fail('TOO_MANY_ATTEMPTS', { who: who === 'caller' ? '输错邀请码的次数太多' : '验证邀请码的人太多', wait }),
    (until.getTime() - now.getTime()) / 1000,
  );
}

/** FORBIDDEN TOO_MANY_ATTEMPTS when one person's simultaneous calls keep losing the transaction on their counter. */
export function tooManyAtOnce(): DomainError {
  return retryLater(fail('TOO_MANY_ATTEMPTS', { who: '同时提交的次数太多', wait: '1 分钟' }), 60);
}

/** Per function instance: limits known to hold, by counter id → until (ms). Bounded. */
const MAX_REMEMBERED = 1000;
const knownBlocks = new Map<string, number>();

function rememberBlock(id: string, until: Date): void {
  if (knownBlocks.size >= MAX_REMEMBERED) knownBlocks.delete(knownBlocks.keys().next().value as string);
  knownBlocks.set(id, until.getTime());
}

/** Counts after the stale windows are emptied. */
interface CallerCounts {
  window: number;
  day: number;
}

export type GuardVerdict = { blocked: DomainError } | { allowed: true };

/** The throttle for one bindWithCode call: `openid` typing `code` at `now`. */
export class BindThrottle {
  readonly callerId: string;
  readonly bucketId: string;
  private readonly bucket: string;
  private readonly windowStart: Date;
  private readonly dayStart: Date;
  private counts: CallerCounts = { window: 0, day: 0 };

  constructor(
    openid: string,
    code: string,
    private readonly now: Date,
  ) {
    this.callerId = `caller:${createHash('sha256').update(openid).digest('hex').slice(0, 40)}`;
    this.bucket = code[0];
    this.windowStart = windowStartOf(now);
    this.dayStart = dayStartOf(now);
    this.bucketId = `bucket:${this.bucket}:${this.windowStart.getTime()}`;
  }

  /** A limit this instance already saw holding (no request). */
  knownBlock(): DomainError | null {
    for (const [id, who] of [
      [this.callerId, 'caller'],
      [this.bucketId, 'bucket'],
    ] as const) {
      const until = knownBlocks.get(id);
      if (until !== undefined && until > this.now.getTime()) return tooManyAttempts(new Date(until), this.now, who);
    }
    return null;
  }

  /** Inside the bind transaction, before the code is looked up: reads the caller's and the bucket's counters (2 reads, 1 when the caller is blocked). */
  async check(tx: Pick<Repositories, 'bindAttempts'>): Promise<GuardVerdict> {
    const caller = await tx.bindAttempts.caller(this.callerId);
    this.counts = {
      window: caller && caller.windowStart.getTime() === this.windowStart.getTime() ? caller.windowFailures : 0,
      day: caller && caller.dayStart.getTime() === this.dayStart.getTime() ? caller.dayFailures : 0,
    };
    const callerUntil = this.callerBlockedUntil();
    if (callerUntil) return { blocked: this.block(this.callerId, callerUntil, 'caller') };

    const bucket = await tx.bindAttempts.bucket(this.bucketId);
    if (bucket && bucket.failures >= BIND_LIMITS.perBucketPerWindow) {
      return { blocked: this.block(this.bucketId, new Date(this.windowStart.getTime() + WINDOW_MS), 'bucket') };
    }
    return { allowed: true };
  }

  /**
   * Inside the transaction, when the code matched no invite: counts it for the caller (1 write, committed
   * with the transaction) and returns the answer to give once the transaction is done.
   */
  async recordCallerFailure(tx: Pick<Repositories, 'bindAttempts'>): Promise<DomainError> {
    const counts = { window: this.counts.window + 1, day: this.counts.day + 1 };
    await tx.bindAttempts.putCaller({
      _id: this.callerId,
      kind: 'caller',
      windowStart: this.windowStart,
      windowFailures: counts.window,
      dayStart: this.dayStart,
      dayFailures: counts.day,
      updatedAt: this.now,
    });
    this.counts = counts;
    const left = Math.min(BIND_LIMITS.perCallerPerWindow - counts.window, BIND_LIMITS.perCallerPerDay - counts.day);
    const until = this.callerBlockedUntil();
    if (until) {
      rememberBlock(this.callerId, until);
      const tally = counts.day >= BIND_LIMITS.perCallerPerDay ? `今天已输错 ${counts.day} 次` : `已输错 ${counts.window} 次`;
      const wait = waitText(until.getTime() - this.now.getTime());
      return fail('INVITE_NOT_FOUND', { hint: `${tally}，请 ${wait}后再试；如果邀请码看不清，请向书记核对` });
    }
    return fail('INVITE_NOT_FOUND', { hint: `请核对后重新输入（还可再试 ${left} 次）` });
  }

  /**
   * After the transaction, for a code that matched no invite: one more wrong code in its bucket, by an
   * atomic increment (1 request; 2 more for the bucket's first wrong code in a window).
   */
  async recordBucketFailure(repos: Pick<Repositories, 'bindAttempts'>): Promise<void> {
    await repos.bindAttempts.incrementBucket({
      _id: this.bucketId,
      kind: 'bucket',
      bucket: this.bucket,
      windowStart: this.windowStart,
      failures: 1,
    });
  }

  private callerBlockedUntil(): Date | null {
    if (this.counts.day >= BIND_LIMITS.perCallerPerDay) return new Date(this.dayStart.getTime() + DAY_MS);
    if (this.counts.window >= BIND_LIMITS.perCallerPerWindow) return new Date(this.windowStart.getTime() + WINDOW_MS);
    return null;
  }

  private block(id: string, until: Date, who: 'caller' | 'bucket'): DomainError {
    rememberBlock(id, until);
    return tooManyAttempts(until, this.now, who);
  }
}
