import type { ErrorCode } from '../reply';

/**
 * A reason narrows an error code for the pages (e.g. CONFLICT / REPORT_ALREADY_REVIEWED) and carries the
 * Chinese message people read. `{name}` marks a value the error fills in; a VALIDATION reason's message
 * may be empty: its reply then names the invalid fields.
 */
export interface ReasonDefinition {
  code: ErrorCode;
  message: string;
}

export function defineReasons<const T extends Record<string, ReasonDefinition>>(reasons: T): T {
  return reasons;
}
