import { z } from 'zod';
import { StoredDate } from '../stored';

/**
 * Counters of wrong invite codes (collection bindAttempts), which bindWithCode keeps to throttle guessing
 * (server/invites/invite-throttle.ts). Only codes that match no invite count; nothing here names a code.
 */

/**
 * One per WeChat user, `_id` = `caller:<sha256(openid), 40 hex>`: wrong codes in the current 15-minute
 * window and in the current day (Beijing time). Read and written inside bindWithCode's transaction, so
 * concurrent guesses by one person are counted exactly.
 */
export const BindCallerAttemptsDoc = z
  .object({
    _id: z.string(),
    kind: z.literal('caller'),
    windowStart: StoredDate,
    windowFailures: z.number().int().min(0),
    dayStart: StoredDate,
    dayFailures: z.number().int().min(0),
    updatedAt: StoredDate,
  })
  .strict();
export type BindCallerAttemptsDoc = z.infer<typeof BindCallerAttemptsDoc>;

/**
 * One per code bucket (the code's first character) and 15-minute window, `_id` =
 * `bucket:<character>:<window start, ms>`: wrong codes from everyone, incremented atomically (`_.inc`).
 */
export const BindBucketAttemptsDoc = z
  .object({
    _id: z.string(),
    kind: z.literal('bucket'),
    bucket: z.string().length(1),
    windowStart: StoredDate,
    failures: z.number().int().min(0),
  })
  .strict();
export type BindBucketAttemptsDoc = z.infer<typeof BindBucketAttemptsDoc>;
