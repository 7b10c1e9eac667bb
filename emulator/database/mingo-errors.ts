import { EmulatorError, errors, isEmulatorError } from '../errors';

/** Maps an error thrown by mingo to the CloudBase code the real server gives for the same mistake. */
export function fromMingoError(error: unknown): EmulatorError {
  if (isEmulatorError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/operator|scriptEnabled|collectionResolver/i.test(message)) return errors.invalidOperator(message);
  return errors.requestFailed(message);
}
