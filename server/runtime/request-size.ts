import type { RequestLimits } from '../../shared/contracts/define-contract';

/** Which bound a request broke, or null when it is within both. */
export type Oversize = { limit: 'bytes'; bound: number } | { limit: 'values'; bound: number } | null;

/**
 * Measures a parsed JSON value against the limits without serialising it, and stops at the first bound
 * crossed: a 100,000-element array costs as much as its first few thousand elements. Bytes are those
 * of its JSON text (strings by UTF-8 length); every value counts one.
 */
export function oversize(value: unknown, limits: RequestLimits): Oversize {
  let bytes = 0;
  let values = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    values += 1;
    if (values > limits.values) return { limit: 'values', bound: limits.values };
    if (typeof next === 'string') bytes += Buffer.byteLength(next) + 2;
    else if (typeof next === 'number' || typeof next === 'boolean') bytes += String(next).length;
    else if (next === null || next === undefined) bytes += 4;
    else if (Array.isArray(next)) {
      bytes += 2 + next.length;
      for (const item of next) stack.push(item);
    } else if (typeof next === 'object') {
      const entries = Object.entries(next as Record<string, unknown>);
      bytes += 2 + entries.length;
      for (const [key, item] of entries) {
        bytes += Buffer.byteLength(key) + 3;
        stack.push(item);
      }
    }
    if (bytes > limits.bytes) return { limit: 'bytes', bound: limits.bytes };
  }
  return null;
}
