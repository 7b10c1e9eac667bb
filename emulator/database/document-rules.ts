import { calculateObjectSize } from 'bson';
import { errors } from '../errors';
import { Doc, isPlainObject } from './bson-values';
import { DATABASE_LIMITS } from './limits';

/**
 * Rejects what CloudBase rejects in stored documents: '$'-prefixed field names (DATABASE_REQUEST_FAILED,
 * as the server answers), empty names and oversize documents. Names containing '.' are stored, as
 * MongoDB does (node-sdk's own tests add { 'key.': '1' }); queries and updates read dots as paths.
 */
export function assertStorableDocument(doc: Doc): void {
  assertFieldNames(doc, '');
  let size: number;
  try {
    size = calculateObjectSize(doc);
  } catch (error) {
    throw errors.invalidParam(`document cannot be encoded as BSON: ${(error as Error).message}`);
  }
  if (size > DATABASE_LIMITS.maxDocumentBytes) {
    throw errors.invalidParam(`document is ${size} bytes, larger than the ${DATABASE_LIMITS.maxDocumentBytes} bytes CloudBase allows`);
  }
}

function assertFieldNames(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertFieldNames(item, `${path}[${index}]`));
    return;
  }
  if (!isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (key.startsWith('$')) throw errors.requestFailed(`field name "${path}${key}" must not start with '$'`);
    if (key === '') throw errors.invalidParam(`empty field name under "${path}"`);
    assertFieldNames(value[key], `${path}${key}.`);
  }
}
