import { BSONRegExp, EJSON, ObjectId } from 'bson';
import { errors } from '../errors';
import { isPlainObject } from '../plain-object';

/**
 * Extended JSON in and out, with the same codec (bson 4.x EJSON) that @cloudbase/database uses.
 * Values inside the emulator are plain JS: numbers, strings, booleans, null, Date, RegExp,
 * arrays, plain objects, and bson ObjectId / Long / Decimal128 / Binary instances.
 */
export type Doc = Record<string, unknown>;

export function parseEjson(text: unknown, what: string): unknown {
  if (typeof text !== 'string') throw errors.invalidParam(`${what} must be an Extended JSON string`);
  let parsed: unknown;
  try {
    parsed = EJSON.parse(text, { relaxed: true });
  } catch (error) {
    throw errors.invalidParam(`${what} is not valid Extended JSON: ${(error as Error).message}`);
  }
  return normalizeValue(parsed);
}

export function parseEjsonObject(text: unknown, what: string): Doc {
  const value = parseEjson(text, what);
  if (!isPlainObject(value)) throw errors.invalidParam(`${what} must be an object`);
  return value;
}

/** Canonical Extended JSON, as CloudBase answers (dates as $date, numbers typed). */
export function stringifyEjson(value: unknown): string {
  return EJSON.stringify(value as Doc, { relaxed: false });
}

/**
 * A document as CloudBase answers it: canonical Extended JSON, except that ObjectId values are sent as
 * their 24-character hex string. node-sdk's result formatting (@cloudbase/database util.js formatField)
 * rebuilds every object it finds, so an Extended JSON $oid would reach the caller as {}; node-sdk's own
 * tests read the hex string back (test/database/unit/oid.test.ts), which only a plain string gives.
 */
export function stringifyReply(doc: Doc): string {
  return stringifyEjson(objectIdsAsHex(doc));
}

/** Copies only the branches that hold an ObjectId; returns the value itself when there is none. */
function objectIdsAsHex(value: unknown): unknown {
  if (value instanceof ObjectId) return value.toHexString();
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const converted = objectIdsAsHex(value[i]);
      if (converted !== value[i]) (copy ??= value.slice())[i] = converted;
    }
    return copy ?? value;
  }
  if (isPlainObject(value)) {
    let copy: Doc | undefined;
    for (const key of Object.keys(value)) {
      const converted = objectIdsAsHex(value[key]);
      if (converted !== value[key]) (copy ??= { ...value })[key] = converted;
    }
    return copy ?? value;
  }
  return value;
}

/** BSONRegExp → RegExp (mingo needs native regular expressions), invalid dates refused; recursive. */
function normalizeValue(value: unknown): unknown {
  if (value instanceof BSONRegExp) return toRegExp(value);
  if (value instanceof Date && Number.isNaN(value.getTime())) throw errors.invalidParam('invalid date in Extended JSON');
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalizeValue(value[i]);
    return value;
  }
  if (isPlainObject(value)) {
    for (const key of Object.keys(value)) value[key] = normalizeValue(value[key]);
    return value;
  }
  return value;
}

function toRegExp(value: BSONRegExp): RegExp {
  const flags = value.options.replace(/[^gimsuy]/g, '');
  try {
    return new RegExp(value.pattern, flags);
  } catch (error) {
    throw errors.invalidParam(`invalid regular expression /${value.pattern}/: ${(error as Error).message}`);
  }
}

export { isPlainObject };

/** Deep copy of plain objects, arrays and dates; immutable bson values are shared. */
export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => deepClone(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (isPlainObject(value)) {
    const copy: Doc = {};
    for (const key of Object.keys(value)) copy[key] = deepClone(value[key]);
    return copy as T;
  }
  return value;
}

/**
 * db.serverDate() arrives as { $tcb_server_date: { offset } }; CloudBase replaces it with the
 * server's clock. Returns a copy with every placeholder resolved.
 */
export function resolveServerDates<T>(value: T, now: number): T {
  if (Array.isArray(value)) return value.map((item) => resolveServerDates(item, now)) as T;
  if (isPlainObject(value)) {
    const marker = value['$tcb_server_date'];
    if (marker !== undefined && Object.keys(value).length === 1) {
      const offset = isPlainObject(marker) && typeof marker['offset'] === 'number' ? marker['offset'] : 0;
      return new Date(now + offset) as T;
    }
    const copy: Doc = {};
    for (const key of Object.keys(value)) copy[key] = resolveServerDates(value[key], now);
    return copy as T;
  }
  return value;
}

/** A stable string for a scalar value, used as an index / primary key. Distinguishes types. */
export function keyOf(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `s${value}`;
    case 'number':
      return `n${Object.is(value, -0) ? 0 : value}`;
    case 'boolean':
      return value ? 'bt' : 'bf';
    case 'undefined':
      return 'z';
    default:
      if (value === null) return 'z';
      if (value instanceof Date) return `d${value.getTime()}`;
      if (value instanceof ObjectId) return `o${value.toHexString()}`;
      return `j${stringifyEjson({ v: value })}`;
  }
}

/** Values usable for index equality lookups (arrays and sub-documents are matched by scanning). */
export function isIndexableScalar(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date ||
    value instanceof ObjectId
  );
}

export function isValidDocId(value: unknown): value is string | number | ObjectId {
  return (
    (typeof value === 'string' && value.length > 0 && value.length <= 256) ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    value instanceof ObjectId
  );
}

let idCounter = Math.floor(Math.random() * 0xffffff);

/** CloudBase-style 32 hex character ids, roughly increasing with time. */
export function generateDocId(): string {
  idCounter = (idCounter + 1) % 0xffffffff;
  const time = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  const counter = idCounter.toString(16).padStart(8, '0');
  let random = '';
  for (let i = 0; i < 4; i++)
    random += Math.floor(Math.random() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return `${time}${counter}${random}`;
}
