import { errors } from '../errors';
import { Doc, isPlainObject } from './bson-values';
import { Collection } from './collection';
import { MINGO_OPTIONS, Query } from './mingo';
import { fromMingoError } from './mingo-errors';

export type SortSpec = Record<string, 1 | -1>;

export interface FindSpec {
  query: Doc;
  order?: SortSpec;
  offset: number;
  limit: number;
  projection?: Doc;
}

export function compileQuery(query: Doc): Query {
  try {
    return new Query(query, MINGO_OPTIONS);
  } catch (error) {
    throw fromMingoError(error);
  }
}

/** Documents matching the query, in natural order, using an index for equality lookups when one applies. */
export function matchingDocuments(collection: Collection, query: Doc): Iterable<Doc> {
  return filterDocuments(collection.candidates(query) ?? collection.all(), query);
}

/** The documents of any source (a transaction's view) that match the query, in the source's order. */
export function filterDocuments(source: Iterable<Doc>, query: Doc): Iterable<Doc> {
  return filter(source, compileQuery(query));
}

function* filter(source: Iterable<Doc>, query: Query): Generator<Doc> {
  for (const doc of source) {
    let matched: boolean;
    try {
      matched = query.test(doc);
    } catch (error) {
      throw fromMingoError(error);
    }
    if (matched) yield doc;
  }
}

export function findDocuments(collection: Collection, spec: FindSpec): Doc[] {
  return findInDocuments(collection.candidates(spec.query) ?? collection.all(), spec);
}

/** find() over any source of documents (a transaction's view), in the source's natural order. */
export function findInDocuments(source: Iterable<Doc>, spec: FindSpec): Doc[] {
  const compiled = compileQuery(spec.query);
  let found: Doc[];
  try {
    let cursor = compiled.find<Doc>(source);
    if (spec.order && Object.keys(spec.order).length > 0) cursor = cursor.sort(spec.order);
    found = cursor.skip(spec.offset).limit(spec.limit).all();
  } catch (error) {
    throw fromMingoError(error);
  }
  return spec.projection ? project(found, spec.projection) : found;
}

export function countDocuments(collection: Collection, query: Doc): number {
  let total = 0;
  for (const _doc of matchingDocuments(collection, query)) total++;
  return total;
}

export function project(docs: Doc[], projection: Doc): Doc[] {
  if (Object.keys(projection).length === 0) return docs;
  try {
    return new Query({}, MINGO_OPTIONS).find<Doc>(docs, projection).all();
  } catch (error) {
    throw fromMingoError(error);
  }
}

/** CloudBase sends orderBy as { field: 1 | -1 } (older SDKs: [{ field, direction }]). */
export function toSortSpec(order: unknown): SortSpec | undefined {
  if (order === undefined || order === null) return undefined;
  const spec: SortSpec = {};
  const add = (field: unknown, direction: unknown): void => {
    if (typeof field !== 'string' || field === '' || field.startsWith('$'))
      throw errors.invalidParam(`invalid orderBy field ${JSON.stringify(field)}`);
    if (direction === 1 || direction === 'asc') spec[field] = 1;
    else if (direction === -1 || direction === 'desc') spec[field] = -1;
    else throw errors.invalidParam(`invalid orderBy direction ${JSON.stringify(direction)} for ${field}`);
  };
  if (Array.isArray(order)) {
    for (const item of order) {
      if (!isPlainObject(item)) throw errors.invalidParam('orderBy entries must be objects');
      add(item['field'], item['direction']);
    }
  } else if (isPlainObject(order)) {
    for (const [field, direction] of Object.entries(order)) add(field, direction);
  } else {
    throw errors.invalidParam('order must be an object');
  }
  return spec;
}
