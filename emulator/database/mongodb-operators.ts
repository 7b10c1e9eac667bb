import { evalExpr } from 'mingo/core';
import * as expressionOperators from 'mingo/operators/expression';
import * as queryOperators from 'mingo/operators/query';
import { Query } from 'mingo/query';
import type { Any, AnyObject, Options } from 'mingo/types/types';
import { isOperator, resolve } from 'mingo/util';
import { isPlainObject } from './bson-values';

/**
 * Operators where mingo 7.2.7 differs from MongoDB, re-implemented from MongoDB's documented
 * behaviour (each has a test in tests/emulator/database-operators.test.ts or database-aggregate.test.ts).
 * Errors are plain Errors: the engines answer them DATABASE_REQUEST_FAILED, as a failing MongoDB
 * expression is.
 */

type QueryOperator = (selector: string, value: AnyObject, options: Options) => (doc: AnyObject) => boolean;
type ExpressionOperator = (obj: AnyObject, expr: Any, options: Options) => Any;

/**
 * MongoDB $elemMatch with field conditions ({ value: { $gt: 0 } }) tests only the elements that are
 * embedded documents: "[1, 2]" never matches { value: { $exists: true } }. mingo resolves any path on
 * a plain value to the value itself, so it matched arrays of plain values. Conditions made only of
 * operators ({ $gt: 2 }) test every element and are left to mingo.
 */
const $elemMatch: QueryOperator = (selector, criteria, options) => {
  if (!hasFieldConditions(criteria)) return queryOperators.$elemMatch(selector, criteria, options);
  const query = new Query(criteria, options);
  return (doc) => {
    const value = resolve(doc, selector, { unwrapArray: true });
    if (!Array.isArray(value)) return false;
    return value.some((element) => isPlainObject(element) && query.test(element));
  };
};

/** mingo's own split: criteria whose keys are all operators other than $and/$or/$nor apply to the element itself. */
function hasFieldConditions(criteria: unknown): criteria is AnyObject {
  if (!isPlainObject(criteria)) return false;
  const keys = Object.keys(criteria);
  return keys.length === 0 || keys.some((key) => !isOperator(key) || key === '$and' || key === '$or' || key === '$nor');
}

/**
 * $substrBytes (and its alias $substr) as MongoDB evaluates it: a negative start gives "", a negative
 * length (or one past the end) takes the rest of the string; null or missing gives "". Start and
 * length are byte offsets into the UTF-8 encoding and may not split a character.
 */
function substrBytes(name: string): ExpressionOperator {
  return (obj, expr, options) => {
    const args = evalExpr(obj, expr, options);
    if (!Array.isArray(args) || args.length !== 3) throw new Error(`${name} requires 3 arguments`);
    const [value, start, length] = args as [unknown, unknown, unknown];
    if (typeof start !== 'number' || !Number.isFinite(start)) throw new Error(`${name}: starting index must be a numeric type`);
    if (typeof length !== 'number' || !Number.isFinite(length)) throw new Error(`${name}: length must be a numeric type`);
    const bytes = Buffer.from(coerceToString(name, value), 'utf8');
    const from = start < 0 ? Infinity : Math.trunc(start);
    const end = length < 0 ? Infinity : from + Math.trunc(length);
    if (from < bytes.length && isContinuationByte(bytes[from]))
      throw new Error(`${name}: Invalid range, starting index is a UTF-8 continuation byte.`);
    if (end < bytes.length && isContinuationByte(bytes[end]))
      throw new Error(`${name}: Invalid range, ending index is in the middle of a UTF-8 character.`);
    if (from >= bytes.length) return '';
    return bytes.subarray(from, Math.min(end, bytes.length)).toString('utf8');
  };
}

const isContinuationByte = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

function coerceToString(name: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  throw new Error(`${name}: can't convert from BSON type ${Array.isArray(value) ? 'array' : typeof value} to String`);
}

/**
 * $indexOfCP (missing from mingo): the code-point index of the first occurrence of a substring at or
 * after <start> and before <end>, -1 if none; null for a null or missing string.
 */
const $indexOfCP: ExpressionOperator = (obj, expr, options) => {
  const args = evalExpr(obj, expr, options);
  if (!Array.isArray(args) || args.length < 2 || args.length > 4) throw new Error('$indexOfCP requires 2 to 4 arguments');
  const [value, token, start, end] = args as [unknown, unknown, unknown, unknown];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Error('$indexOfCP requires a string as the first argument');
  if (typeof token !== 'string') throw new Error('$indexOfCP requires a string as the second argument');
  const codePoints = [...value];
  const from = start === undefined ? 0 : nonNegativeInteger('starting', start);
  const until = Math.min(end === undefined ? codePoints.length : nonNegativeInteger('ending', end), codePoints.length);
  const tokenPoints = [...token];
  for (let index = from; index < until; index++) {
    if (tokenPoints.every((point, offset) => codePoints[index + offset] === point)) return index;
  }
  return -1;
};

function nonNegativeInteger(which: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`$indexOfCP requires an integral ${which} index`);
  if (value < 0) throw new Error(`$indexOfCP requires a nonnegative ${which} index`);
  return value;
}

/**
 * MongoDB $week (strftime %U): weeks begin on Sunday, week 1 starts on the year's first Sunday and the
 * days before it are week 0. mingo computed an ISO-based week (2019-05-14 → 20, MongoDB 19). From
 * the 1-based day of year and day of week (1 = Sunday): floor((dayOfYear + 7 - dayOfWeek) / 7).
 */
const $week: ExpressionOperator = (obj, expr, options) => {
  const dayOfYear = expressionOperators.$dayOfYear(obj, expr, options);
  const dayOfWeek = expressionOperators.$dayOfWeek(obj, expr, options);
  return Math.floor((dayOfYear + 7 - dayOfWeek) / 7);
};

export const MONGODB_QUERY_OPERATORS = { $elemMatch };

export const MONGODB_EXPRESSION_OPERATORS = {
  $substr: substrBytes('$substr'),
  $substrBytes: substrBytes('$substrBytes'),
  $indexOfCP,
  $week,
};
