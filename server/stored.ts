import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Timestamps are stored as dates (Extended JSON $date); business dates as 'YYYY-MM-DD' strings. */
export const StoredDate = z.date();
export const StoredId = z.string().min(1);

/** Who did something, kept on every written record. */
export const Actor = z
  .object({
    openid: z.string().min(1),
    role: z.enum(['member', 'recorder', 'secretary', 'committeeAdmin', 'system']),
    name: z.string().optional(),
  })
  .strict();
export type Actor = z.infer<typeof Actor>;

let lastMillis = 0;
let sequence = 0;

/**
 * A new document id, made before the write so the write can say it: 32 hex characters like CloudBase's
 * own, and like them increasing with time — milliseconds (12), a sequence within the millisecond (4),
 * then random (16) — so that "newest first" by id breaks ties between documents of the same instant.
 */
export function newDocId(now: number = Date.now()): string {
  if (now === lastMillis) sequence = (sequence + 1) & 0xffff;
  else {
    lastMillis = now;
    sequence = 0;
  }
  return `${now.toString(16).padStart(12, '0')}${sequence.toString(16).padStart(4, '0')}${randomBytes(8).toString('hex')}`;
}
