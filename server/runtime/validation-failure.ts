import type { z } from 'zod';
import { Failure, MAX_FIELD_ERRORS } from '../../shared/contracts/reply';
import { FieldProblem, problemsOf } from '../../shared/validation';

/** How many field messages the reply's `message` repeats (all of them are in `fields`). */
const MESSAGE_FIELDS = 3;

/**
 * A VALIDATION reply: the first MAX_FIELD_ERRORS fields by path and message, the count of all of them
 * when there are more, and a message that names the first few. Its size does not grow with the request.
 */
export function fieldsFailure(fields: readonly FieldProblem[], reason: string, message?: string): Failure {
  const listed = fields.slice(0, MAX_FIELD_ERRORS);
  const summary = fields
    .slice(0, MESSAGE_FIELDS)
    .map((f) => `${f.path}: ${f.message}`)
    .join('；');
  const more = fields.length > MESSAGE_FIELDS ? `；共 ${fields.length} 处问题` : '';
  return {
    ok: false,
    code: 'VALIDATION',
    message: message ? `${message}：${summary}${more}` : `${summary}${more}`,
    reason,
    fields: listed,
    ...(fields.length > listed.length ? { fieldCount: fields.length } : {}),
  };
}

/** A VALIDATION reply naming every invalid field by its path under `prefix` (e.g. "data.photos.3"; the event itself: "(event)"). */
export function validationFailure(error: z.ZodError, prefix: string): Failure {
  const fields = problemsOf(error, prefix).map((problem) => (problem.path ? problem : { ...problem, path: '(event)' }));
  return fieldsFailure(fields, 'INVALID_REQUEST');
}
