import type { z } from 'zod';
import type { Failure } from '../../shared/contracts/reply';

/** A VALIDATION reply naming every invalid field by its path (e.g. "data.photos.3"). */
export function validationFailure(error: z.ZodError, prefix: string): Failure {
  const fields = error.issues.map((issue) => ({
    path: `${prefix}${issue.path.map(String).join('.')}`.replace(/\.$/, '') || '(event)',
    message: issue.message,
  }));
  return { ok: false, code: 'VALIDATION', message: fields.map((f) => `${f.path}: ${f.message}`).join('；'), fields };
}
