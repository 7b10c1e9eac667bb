import { parseWith, pathUnder, type Parsed } from '../validation';
import { presetIds } from './presets';
import { Scheme } from './schema';

/** The message for a custom scheme that takes a preset's id. */
export function presetIdTaken(id: string): string {
  return `“${id}”是预置方案的编号，自定义方案请另起编号`;
}

/**
 * A committee's own scheme checked as `npm run scheme:check` and `org.saveCustomScheme` both check it:
 * the Scheme schema (every problem in Chinese, naming its path under `prefix`), then an id no preset has.
 */
export function parseCustomScheme(data: unknown, prefix = ''): Parsed<Scheme> {
  const parsed = parseWith(Scheme, data, prefix);
  if (!parsed.ok) return parsed;
  if (presetIds().includes(parsed.value.id))
    return { ok: false, problems: [{ path: pathUnder(prefix, 'id'), message: presetIdTaken(parsed.value.id) }] };
  return parsed;
}
