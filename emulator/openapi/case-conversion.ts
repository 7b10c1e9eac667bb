import { isPlainObject } from '../plain-object';

/** wx-server-sdk converts open-API parameters camelCase → snake_case and replies back (utils.convertCase). */
export function toSnakeCase(value: unknown): unknown {
  return convertKeys(value, (key) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
}

export function toCamelCase(value: unknown): unknown {
  return convertKeys(value, (key) => key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()));
}

function convertKeys(value: unknown, convert: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => convertKeys(item, convert));
  if (!isPlainObject(value)) return value;
  const converted: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) converted[convert(key)] = convertKeys(item, convert);
  return converted;
}
