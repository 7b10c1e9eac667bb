import { z } from 'zod';
import { errors } from '../../errors';
import {
  Doc,
  isPlainObject,
  isValidDocId,
  keyOf,
  parseEjsonObject,
  resolveServerDates,
  stringifyEjson,
  stringifyReply,
} from '../bson-values';
import { Database } from '../database';
import { TransactionManager } from '../transactions';

/** What database actions work with. */
export interface DatabaseContext {
  database: Database;
  transactions: TransactionManager;
  now: () => number;
}

export const CollectionNameParam = z.string().min(1).max(128);
export const QueryTypeParam = z.enum(['WHERE', 'DOC']).optional();
export const TransactionIdParam = z.string().min(1).optional();
/** An Extended JSON string; an empty string means "no condition" (collection.remove() sends it). */
export const EjsonParam = z.string().optional();

/** Parses the `query` parameter: Extended JSON, server dates resolved. */
export function parseQuery(text: string | undefined, now: number): Doc {
  if (text === undefined || text === '') return {};
  return resolveServerDates(parseEjsonObject(text, 'query'), now);
}

/** A doc() query is { _id: <id> }. */
export function docIdOf(query: Doc): { id: unknown; idKey: string } {
  const keys = Object.keys(query);
  const id = query['_id'];
  if (keys.length !== 1 || keys[0] !== '_id' || !isValidDocId(id)) {
    throw errors.invalidParam('a document query must be { _id: <string | number | ObjectId> }');
  }
  return { id, idKey: keyOf(id) };
}

export function isDocQuery(query: Doc): boolean {
  return Object.keys(query).length === 1 && '_id' in query && isValidDocId(query['_id']);
}

/** Documents as CloudBase answers them (ObjectId values as hex strings, see stringifyReply). */
export function serializeDocs(docs: Doc[]): string[] {
  return docs.map((doc) => stringifyReply(doc));
}

/** Ids as the SDK expects them in insertedIds / upsert_id: strings and numbers as they are. */
export function idForReply(id: unknown): unknown {
  return typeof id === 'string' || typeof id === 'number' ? id : String(id);
}

export function sameDocument(a: Doc, b: Doc): boolean {
  return stringifyEjson(a) === stringifyEjson(b);
}

export function requireObject(value: unknown, what: string): Doc {
  if (!isPlainObject(value)) throw errors.invalidParam(`${what} must be an object`);
  return value;
}
