import type { Database } from './cloudbase';

/** A document reference inside a transaction: single-document operations only (CloudBase's rule). */
export interface TxDocument {
  get(): Promise<{ data: Record<string, unknown> | null }>;
  set(data: Record<string, unknown>): Promise<unknown>;
  update(data: Record<string, unknown>): Promise<{ updated?: number }>;
  remove(): Promise<unknown>;
}

export interface TxCollection {
  doc(id: string): TxDocument;
  add(data: Record<string, unknown>): Promise<{ id?: string }>;
}

export interface Transaction {
  collection(name: string): TxCollection;
}

/**
 * Runs `work` in a CloudBase transaction; when it loses against a concurrent transaction the SDK
 * retries it (up to `retries` more times). The SDK's own typing of runTransaction is `any`; this gives
 * the subset we use a type.
 */
export function runTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>, retries = 5): Promise<T> {
  return (db.runTransaction as (cb: (tx: Transaction) => Promise<T>, times?: number) => Promise<T>)(work, retries);
}
