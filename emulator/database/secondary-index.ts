import type { IndexDefinition } from '../../database/indexes-schema';
import { errors } from '../errors';
import { Doc, isPlainObject, keyOf } from './bson-values';

const MAX_KEYS_PER_DOCUMENT = 1000;

/**
 * An equality index over one or more fields (MongoDB multikey semantics for arrays; a missing
 * field is indexed as null, so a unique index admits one document without the field). A compound
 * index also answers lookups on each prefix of its fields, like a B-tree index does.
 */
export class SecondaryIndex {
  readonly name: string;
  readonly fields: readonly string[];
  readonly unique: boolean;
  /** prefixes[n - 1]: key over the first n fields → ids. The last one is the full key. */
  private readonly prefixes: Array<Map<string, Set<string>>>;

  constructor(definition: IndexDefinition) {
    this.name = definition.name;
    this.fields = Object.keys(definition.keys);
    this.unique = definition.unique;
    this.prefixes = this.fields.map(() => new Map());
  }

  /** Every full index key of the document (several when a field holds an array). */
  keysFor(doc: Doc): string[] {
    return this.keysByPrefix(doc)[this.fields.length - 1] ?? [];
  }

  /** The key for one combination of scalar values, in field order (a prefix of the fields). */
  keyForValues(values: readonly unknown[]): string {
    return values.map((value) => keyOf(value)).join('\u0001');
  }

  add(idKey: string, doc: Doc): void {
    this.keysByPrefix(doc).forEach((keys, position) => {
      const entries = this.prefixes[position] as Map<string, Set<string>>;
      for (const key of keys) {
        let ids = entries.get(key);
        if (!ids) {
          ids = new Set();
          entries.set(key, ids);
        }
        ids.add(idKey);
      }
    });
  }

  remove(idKey: string, doc: Doc): void {
    this.keysByPrefix(doc).forEach((keys, position) => {
      const entries = this.prefixes[position] as Map<string, Set<string>>;
      for (const key of keys) {
        const ids = entries.get(key);
        if (!ids) continue;
        ids.delete(idKey);
        if (ids.size === 0) entries.delete(key);
      }
    });
  }

  /** Ids whose first `fieldCount` fields have the key (see keyForValues). */
  lookup(key: string, fieldCount = this.fields.length): ReadonlySet<string> | undefined {
    return this.prefixes[fieldCount - 1]?.get(key);
  }

  private keysByPrefix(doc: Doc): string[][] {
    const perField = this.fields.map((field) => distinctKeys(valuesAtPath(doc, field)));
    if (perField.filter((keys) => keys.length > 1).length > 1) {
      throw errors.requestFailed(`cannot index parallel arrays in index ${this.name}`);
    }
    const byPrefix: string[][] = [];
    let combos: string[] = [];
    perField.forEach((keys, position) => {
      combos = position === 0 ? keys : combos.flatMap((prefix) => keys.map((key) => `${prefix}\u0001${key}`));
      if (combos.length > MAX_KEYS_PER_DOCUMENT) throw errors.requestFailed(`too many index keys for index ${this.name}`);
      byPrefix.push(combos);
    });
    return byPrefix;
  }
}

function distinctKeys(values: unknown[]): string[] {
  return [...new Set(values.map((value) => keyOf(value)))];
}

/** Values reachable at a dotted path, MongoDB style: arrays along the way fan out. */
export function valuesAtPath(doc: Doc, path: string): unknown[] {
  const out: unknown[] = [];
  walk(doc, path.split('.'), 0, out);
  return out.length === 0 ? [null] : out;
}

function walk(value: unknown, parts: string[], index: number, out: unknown[]): void {
  if (index === parts.length) {
    if (Array.isArray(value)) {
      if (value.length === 0) out.push(undefined);
      else for (const item of value) out.push(item);
    } else {
      out.push(value);
    }
    return;
  }
  const part = parts[index] as string;
  if (Array.isArray(value)) {
    if (/^\d+$/.test(part)) walk(value[Number(part)], parts, index + 1, out);
    for (const item of value) if (isPlainObject(item)) walk(item, parts, index, out);
    return;
  }
  if (isPlainObject(value)) {
    walk(value[part], parts, index + 1, out);
    return;
  }
  out.push(undefined);
}
