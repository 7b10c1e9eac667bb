import type { IncomingHttpHeaders } from 'node:http';

/** One header's text, undefined when absent or empty. */
export function headerText(value: IncomingHttpHeaders[string]): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text === '' ? undefined : text;
}
