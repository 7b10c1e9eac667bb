import { errors } from '../errors';
import { Doc, deepClone, isPlainObject, resolveServerDates } from './bson-values';
import { assertStorableDocument } from './document-rules';
import { MINGO_OPTIONS, update as mingoUpdate } from './mingo';
import { fromMingoError } from './mingo-errors';

const NUMERIC_OPERATORS = ['$inc', '$mul'] as const;

/**
 * Normalises an update: plain fields become $set (CloudBase's merge update), operators pass through;
 * mixing both is refused like MongoDB does. Server dates are resolved.
 */
export function toUpdateOperators(update: Doc, now: number): Doc {
  const keys = Object.keys(update);
  if (keys.length === 0) throw errors.invalidParam('update data must not be empty');
  const operators = keys.filter((key) => key.startsWith('$'));
  if (operators.length > 0 && operators.length !== keys.length) {
    throw errors.invalidParam('update data mixes update operators and plain fields');
  }
  const resolved = resolveServerDates(update, now);
  const normalised = operators.length === 0 ? { $set: resolved } : resolved;
  assertKnownOperators(normalised);
  return normalised;
}

/** Unknown operators are refused even when no document matches (mingo is the authority on the set). */
function assertKnownOperators(operators: Doc): void {
  try {
    mingoUpdate({}, deepClone(operators), undefined, undefined, { cloneMode: 'deep', queryOptions: MINGO_OPTIONS });
  } catch (error) {
    if (/unknown update operator/i.test(error instanceof Error ? error.message : '')) throw fromMingoError(error);
  }
}

/**
 * Applies update operators (mingo's updater: MongoDB semantics) to a copy of the document.
 * `condition` is the query that selected the document (for the positional `$` operator).
 */
export function applyUpdate(doc: Doc, operators: Doc, condition?: Doc): { doc: Doc; modified: boolean } {
  assertNumericTargets(doc, operators);
  const copy = deepClone(doc);
  let changedFields: string[];
  try {
    changedFields = mingoUpdate(copy, operators, undefined, condition, { cloneMode: 'deep', queryOptions: MINGO_OPTIONS });
  } catch (error) {
    throw fromMingoError(error);
  }
  assertStorableDocument(copy);
  return { doc: copy, modified: changedFields.length > 0 };
}

/** A replacement document (doc().set()): keeps _id, resolves server dates. */
export function toReplacement(id: unknown, data: Doc, now: number): Doc {
  if ('_id' in data && !sameId(data['_id'], id)) throw errors.invalidParam('the replacement document must not change _id');
  const resolved = resolveServerDates(data, now);
  const { _id: _ignored, ...rest } = resolved;
  const doc: Doc = { _id: id, ...rest };
  assertStorableDocument(doc);
  return doc;
}

/** For an upsert by query: the equality fields of the query become the new document's fields. */
export function seedFromQuery(query: Doc): Doc {
  const seed: Doc = {};
  for (const [field, condition] of Object.entries(query)) {
    if (field.startsWith('$') || field.includes('.')) continue;
    if (isPlainObject(condition)) {
      if ('$eq' in condition) seed[field] = deepClone(condition['$eq']);
      continue;
    }
    if (!(condition instanceof RegExp)) seed[field] = deepClone(condition);
  }
  return seed;
}

function sameId(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && String(a) === String(b);
}

/** MongoDB refuses $inc/$mul on non-numbers (mingo silently skips them): refuse likewise. */
function assertNumericTargets(doc: Doc, operators: Doc): void {
  for (const operator of NUMERIC_OPERATORS) {
    const spec = operators[operator];
    if (spec === undefined) continue;
    if (!isPlainObject(spec)) throw errors.invalidParam(`${operator} expects an object`);
    for (const [path, amount] of Object.entries(spec)) {
      if (typeof amount !== 'number')
        throw errors.requestFailed(`Cannot ${operator} with non-numeric argument: {${path}: ${JSON.stringify(amount)}}`);
      const current = readPath(doc, path);
      if (current !== undefined && current !== null && typeof current !== 'number') {
        throw errors.requestFailed(
          `Cannot apply ${operator} to a value of non-numeric type. {_id: ${JSON.stringify(doc['_id'])}} has the field '${path}' of non-numeric type ${describeType(current)}`,
        );
      }
    }
  }
}

function readPath(doc: Doc, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(value) && /^\d+$/.test(part)) value = value[Number(part)];
    else if (isPlainObject(value)) value = value[part];
    else return undefined;
  }
  return value;
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value;
}
