import tcb from '@cloudbase/node-sdk';

export type CloudbaseApp = ReturnType<typeof tcb.init>;
export type Database = ReturnType<CloudbaseApp['database']>;

let cached: { key: string; app: CloudbaseApp } | null = null;

/**
 * The CloudBase app for the current environment. In a deployed function SYMBOL_CURRENT_ENV is the
 * function's own environment; locally the same call reaches the emulator through the SDK's injected
 * service URL (TCB_CONTEXT_CNFG, set by the emulator's process environment). Re-created if that changes.
 */
export function cloudbaseApp(): CloudbaseApp {
  const key = `${process.env.TCB_CONTEXT_CNFG ?? ''}|${process.env.TCB_ENV ?? ''}`;
  if (!cached || cached.key !== key) cached = { key, app: tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }) };
  return cached.app;
}

/** CloudBase's error for a unique-index violation. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'DATABASE_DUPLICATE_WRITE';
}

/** CloudBase's error when a transaction lost against a concurrent one (runTransaction retries it). */
export function isTransactionConflict(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'DATABASE_TRANSACTION_CONFLICT' || code === 'DATABASE_TRANSACTION_FAIL';
}
