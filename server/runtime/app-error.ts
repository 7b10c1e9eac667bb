import type { ErrorCode, FieldError } from '../../shared/contracts/reply';

/**
 * A failure the caller should see: a stable code, an optional reason, a Chinese message.
 * Application code throws it; only the function runtime turns it into a reply.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const forbidden = (message = '无权进行此操作', reason?: string) => new AppError('FORBIDDEN', message, reason);
export const notFound = (message: string, reason?: string) => new AppError('NOT_FOUND', message, reason);
export const conflict = (message: string, reason?: string) => new AppError('CONFLICT', message, reason);
export const invalid = (path: string, message: string) => new AppError('VALIDATION', `${path}: ${message}`, undefined, [{ path, message }]);
