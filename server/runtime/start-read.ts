/**
 * Marks a read started early (to run alongside others) as handled until it is awaited, so a failure
 * surfaces where it is used (after authorization), never as an unhandled rejection.
 */
export function startRead<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
