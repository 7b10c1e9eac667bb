import { REASONS, Reason, reasonMessage, ReasonParams } from '../../shared/contracts/reasons';
import type { ErrorCode } from '../../shared/contracts/reply';
import type { FieldProblem } from '../../shared/validation';

/** The arguments a reason takes: its message's values when it has any. */
type ParamsArg<R extends Reason> = keyof ReasonParams<R> extends never ? [] : [params: ReasonParams<R>];

/**
 * A failure the caller should see, named by a reason of the catalog (shared/contracts/reasons): the
 * reason gives the code and the Chinese message. Domain code throws it; only the function runtime turns
 * it into a reply, and only for reasons the action's contract declares.
 */
export class DomainError<R extends Reason = Reason> extends Error {
  readonly code: ErrorCode;
  /** For a refusal that holds for a while: seconds until a retry can succeed (the page can count down). */
  retryAfterSeconds?: number;

  constructor(
    readonly reason: R,
    message: string,
    /** The fields a VALIDATION (or a field-bound refusal) concerns, each with its own message. */
    readonly fields?: FieldProblem[],
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = REASONS[reason].code;
  }
}

/** A failure for `reason`, its message filled with `params`. */
export function fail<R extends Reason>(reason: R, ...params: ParamsArg<R>): DomainError<R> {
  return new DomainError(reason, reasonMessage(reason, params[0]));
}

/** A failure that concerns fields (a VALIDATION, or a refusal the page marks on a field). */
export function failOnFields<R extends Reason>(reason: R, fields: FieldProblem[], ...params: ParamsArg<R>): DomainError<R> {
  return new DomainError(reason, reasonMessage(reason, params[0]), fields);
}

/** One field found wrong by a rule of the handler: VALIDATION FIELD_INVALID (or the reason given) naming it. */
export function invalidField(path: string, message: string, reason: Reason = 'FIELD_INVALID'): DomainError {
  return new DomainError(reason, reasonMessage(reason), [{ path, message }]);
}

/** A refusal that holds for `seconds` more (at least 1): the reply says when trying again can succeed. */
export function retryLater<E extends DomainError>(error: E, seconds: number): E {
  error.retryAfterSeconds = Math.max(1, Math.ceil(seconds));
  return error;
}
