import * as queryOperators from 'mingo/operators/query'
import { Query } from 'mingo/query'
import type { AnyObject, Options } from 'mingo/types/types'
import { isOperator, resolve } from 'mingo/util'
import { isPlainObject } from './bson-values'

/**
 * Operators where mingo 7.2.7 differs from MongoDB, re-implemented from MongoDB's documented
 * behaviour (each has a test in tests/emulator/database-operators.test.ts or database-aggregate.test.ts).
 * Errors are plain Errors: the engines answer them DATABASE_REQUEST_FAILED, as a failing MongoDB
 * expression is.
 */

type QueryOperator = (selector: string, value: AnyObject, options: Options) => (doc: AnyObject) => boolean

/**
 * MongoDB $elemMatch with field conditions ({ value: { $gt: 0 } }) tests only the elements that are
 * embedded documents (or arrays, seen as documents keyed "0", "1", ...): "[1, 2]" never matches
 * { value: { $exists: true } }. mingo resolves any path on a plain value to the value itself, so it
 * matched arrays of plain values. Conditions made only of operators ({ $gt: 2 }) test every element
 * and are left to mingo.
 */
const $elemMatch: QueryOperator = (selector, criteria, options) => {
  if (!hasFieldConditions(criteria)) return queryOperators.$elemMatch(selector, criteria, options)
  const query = new Query(criteria, options)
  return (doc) => {
    const value = resolve(doc, selector, { unwrapArray: true })
    if (!Array.isArray(value)) return false
    return value.some((element) => {
      const embedded = Array.isArray(element) ? Object.fromEntries(element.map((item, index) => [String(index), item])) : element
      return isPlainObject(embedded) && query.test(embedded)
    })
  }
}

/** mingo's own split: criteria whose keys are all operators other than $and/$or/$nor apply to the element itself. */
function hasFieldConditions(criteria: unknown): criteria is AnyObject {
  if (!isPlainObject(criteria)) return false
  const keys = Object.keys(criteria)
  return keys.length === 0 || keys.some((key) => !isOperator(key) || key === '$and' || key === '$or' || key === '$nor')
}

export const MONGODB_QUERY_OPERATORS = { $elemMatch }
