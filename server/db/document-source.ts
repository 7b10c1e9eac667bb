import type { Database } from './cloudbase';

/**
 * The part of @cloudbase/database's collection API the repositories use, typed: the same calls work on
 * the database and inside a transaction (`transaction.collection(name)`), so one repository class
 * serves both. (The SDK types a transaction's collection as `any`.)
 */
export interface QueryRef {
  where(query: object): QueryRef;
  orderBy(field: string, direction: 'asc' | 'desc'): QueryRef;
  skip(count: number): QueryRef;
  limit(count: number): QueryRef;
  field(projection: Record<string, boolean>): QueryRef;
  get(): Promise<{ data: unknown }>;
  count(): Promise<{ total?: number }>;
  update(data: object): Promise<{ updated?: number }>;
  updateAndReturn(data: object): Promise<{ doc?: unknown; updated?: number }>;
  remove(): Promise<{ deleted?: number }>;
}

export interface DocRef {
  get(): Promise<{ data: unknown }>;
  set(data: object): Promise<unknown>;
  update(data: object): Promise<{ updated?: number }>;
  remove(): Promise<unknown>;
}

export interface AggregateRef {
  match(query: object): AggregateRef;
  group(stage: object): AggregateRef;
  sort(order: Record<string, 1 | -1>): AggregateRef;
  skip(count: number): AggregateRef;
  limit(count: number): AggregateRef;
  end(): Promise<{ data?: unknown[] }>;
}

export interface CollectionRef extends QueryRef {
  doc(id: string): DocRef;
  add(data: object | object[]): Promise<{ id?: string; ids?: string[] }>;
  aggregate(): AggregateRef;
}

/** Where documents are read and written: the database, or one transaction. */
export interface DocumentSource {
  collection(name: string): CollectionRef;
}

/** The database's query operators (`_.in`, `_.inc`, …): plain markers, valid inside a transaction too. */
export type Command = Database['command'];

export function databaseSource(db: Database): DocumentSource {
  return db as unknown as DocumentSource;
}
