import { z } from 'zod';
import { FieldProblem } from '../validation';

/**
 * Every cloud-function reply is `{ ok: true, data }` or `{ ok: false, code, reason, message }`.
 * `code` is one of a small stable set; `reason` narrows it (e.g. CONFLICT / REPORT_ALREADY_REVIEWED);
 * `fields` lists each invalid field (a FieldProblem: its path and message) for VALIDATION. Messages are Chinese, for people.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_ACTION',
  'CONTENT_REJECTED',
  'PERIOD_CLOSED',
  'EXPIRED',
  'INTERNAL',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** A VALIDATION reply lists at most this many fields (and counts the rest), however bad the request. */
export const MAX_FIELD_ERRORS = 20;

export const Failure = z
  .object({
    ok: z.literal(false),
    code: ErrorCode,
    reason: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .optional(),
    message: z.string(),
    /** The first MAX_FIELD_ERRORS invalid fields. */
    fields: z.array(FieldProblem).max(MAX_FIELD_ERRORS).optional(),
    /** How many fields were invalid in all, when that is more than `fields` lists. */
    fieldCount: z.number().int().min(0).optional(),
    /** For a refusal that holds for a while (TOO_MANY_ATTEMPTS): seconds until trying again can succeed. */
    retryAfterSeconds: z.number().int().min(1).optional(),
  })
  .strict();
export type Failure = z.infer<typeof Failure>;

export type Success<T> = { ok: true; data: T };
export type Reply<T> = Success<T> | Failure;

/** The zod schema of a reply carrying `data`. */
export function replyOf<S extends z.ZodType>(data: S) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }).strict(), Failure]);
}

/**
 * What the platform adds to every client call's event: `{ appId, openId }` from a mini-program's
 * wx.cloud.callFunction, `{ appId }` from an HTTP-API call. Accepted and ignored: the caller is taken
 * from the CloudBase context only (a userInfo that disagrees with it changes nothing).
 */
export const PlatformUserInfo = z.object({ appId: z.string().max(128).optional(), openId: z.string().max(128).optional() }).loose();

/** What a client sends: the action's name and its request (plus what the platform adds). */
export const FunctionEvent = z
  .object({ action: z.string().min(1).max(64), data: z.unknown().optional(), userInfo: PlatformUserInfo.optional() })
  .strict();
export type FunctionEvent = z.infer<typeof FunctionEvent>;
