import { z } from 'zod';

/**
 * Every cloud-function reply is `{ ok: true, data }` or `{ ok: false, code, message }`.
 * `code` is one of a small stable set; `reason` narrows it (e.g. CONFLICT / REPORT_ALREADY_REVIEWED);
 * `fields` lists each invalid field with its path for VALIDATION. Messages are Chinese, for people.
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

export const FieldError = z.object({ path: z.string(), message: z.string() }).strict();
export type FieldError = z.infer<typeof FieldError>;

export const Failure = z
  .object({
    ok: z.literal(false),
    code: ErrorCode,
    reason: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional(),
    message: z.string(),
    fields: z.array(FieldError).optional(),
  })
  .strict();
export type Failure = z.infer<typeof Failure>;

export type Success<T> = { ok: true; data: T };
export type Reply<T> = Success<T> | Failure;

/** The zod schema of a reply carrying `data`. */
export function replyOf<S extends z.ZodType>(data: S) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }).strict(), Failure]);
}

/** What a client sends: the action's name and its request. */
export const FunctionEvent = z.object({ action: z.string().min(1).max(64), data: z.unknown().optional() }).strict();
export type FunctionEvent = z.infer<typeof FunctionEvent>;
