import type { IndexDefinition } from '../../database/indexes-schema';
import { errors } from '../errors';
import { Doc, isIndexableScalar, isPlainObject, keyOf } from './bson-values';
import { SecondaryIndex } from './secondary-index';

/** Upper bound on index lookups one query may expand to ($in lists × compound fields). */
const MAX_LOOKUPS = 1000;

/** The documents of one collection, in natural (insertion) order, with their indexes. */
export class Collection {
  readonly name: string;
  readonly indexes: SecondaryIndex[];
  private readonly docs = new Map<string, Doc>();
  private readonly naturalOrder = new Map<string, number>();
  private nextOrder = 0;

  constructor(name: string, indexes: readonly IndexDefinition[]) {
    this.name = name;
    this.indexes = indexes.map((definition) => new SecondaryIndex(definition));
  }

  get size(): number {
    return this.docs.size;
  }

  get(idKey: string): Doc | undefined {
    return this.docs.get(idKey);
  }

  has(idKey: string): boolean {
    return this.docs.has(idKey);
  }

  all(): IterableIterator<Doc> {
    return this.docs.values();
  }

  /** [idKey, document] pairs in natural order. */
  entries(): IterableIterator<[string, Doc]> {
    return this.docs.entries();
  }

  /** Inserts or replaces; index keys must have been checked by the caller. */
  put(idKey: string, doc: Doc): void {
    const previous = this.docs.get(idKey);
    if (previous) for (const index of this.indexes) index.remove(idKey, previous);
    for (const index of this.indexes) index.add(idKey, doc);
    this.docs.set(idKey, doc);
    if (!this.naturalOrder.has(idKey)) this.naturalOrder.set(idKey, this.nextOrder++);
  }

  delete(idKey: string): void {
    const previous = this.docs.get(idKey);
    if (!previous) return;
    for (const index of this.indexes) index.remove(idKey, previous);
    this.docs.delete(idKey);
    this.naturalOrder.delete(idKey);
  }

  /**
   * Candidate documents for a query, using the _id key or the most selective index whose leading
   * fields are constrained by equality ($eq / plain value / $in) at the top level or inside $and.
   * Returns undefined when no index applies (the caller scans). Candidates are in natural order;
   * the caller still tests every candidate against the full query.
   */
  candidates(query: Doc): Doc[] | undefined {
    const equalities = collectEqualities(query);
    if (equalities.size === 0) return undefined;
    const ids = equalities.get('_id');
    if (ids) return this.inNaturalOrder(new Set(ids.map((value) => keyOf(value))));
    let best: Set<string> | undefined;
    for (const index of this.indexes) {
      const lists: unknown[][] = [];
      for (const field of index.fields) {
        const list = equalities.get(field);
        if (!list) break;
        lists.push(list);
      }
      if (lists.length === 0) continue;
      const combos = cartesian(lists);
      if (combos === undefined) continue;
      const found = new Set<string>();
      for (const combo of combos) {
        const hits = index.lookup(index.keyForValues(combo), combo.length);
        if (hits) for (const id of hits) found.add(id);
      }
      if (!best || found.size < best.size) best = found;
    }
    return best ? this.inNaturalOrder(best) : undefined;
  }

  private inNaturalOrder(idKeys: Set<string>): Doc[] {
    const found: Array<[number, Doc]> = [];
    for (const idKey of idKeys) {
      const doc = this.docs.get(idKey);
      if (doc) found.push([this.naturalOrder.get(idKey) ?? 0, doc]);
    }
    if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
    return found.map(([, doc]) => doc);
  }

  /**
   * Throws if the new documents cannot be indexed, or DATABASE_DUPLICATE_WRITE if they break a
   * unique index (taking the other changes of the same write into account).
   */
  assertWritable(changes: ReadonlyArray<{ idKey: string; after: Doc | null }>): void {
    const changing = new Set(changes.map((change) => change.idKey));
    for (const index of this.indexes) {
      if (!index.unique) {
        for (const change of changes) if (change.after) index.keysFor(change.after);
        continue;
      }
      const claimed = new Map<string, string>();
      for (const change of changes) {
        if (!change.after) continue;
        for (const key of index.keysFor(change.after)) {
          const owner = claimed.get(key);
          if (owner !== undefined && owner !== change.idKey)
            throw errors.duplicateWrite(this.name, index.name, describeKey(index, change.after));
          claimed.set(key, change.idKey);
          const existing = index.lookup(key);
          if (existing) {
            for (const id of existing) {
              if (id !== change.idKey && !changing.has(id))
                throw errors.duplicateWrite(this.name, index.name, describeKey(index, change.after));
            }
          }
        }
      }
    }
  }
}

function describeKey(index: SecondaryIndex, doc: Doc): string {
  const parts = index.fields.map(
    (field) =>
      `${field}: ${JSON.stringify(field.split('.').reduce<unknown>((value, part) => (isPlainObject(value) ? value[part] : undefined), doc) ?? null)}`,
  );
  return `{ ${parts.join(', ')} }`;
}

function collectEqualities(query: Doc): Map<string, unknown[]> {
  const found = new Map<string, unknown[]>();
  const visit = (clause: Doc): void => {
    for (const [field, condition] of Object.entries(clause)) {
      if (field === '$and' && Array.isArray(condition)) {
        for (const sub of condition) if (isPlainObject(sub)) visit(sub);
        continue;
      }
      if (field.startsWith('$')) continue;
      const values = equalityValues(condition);
      if (values && !found.has(field)) found.set(field, values);
    }
  };
  visit(query);
  return found;
}

function equalityValues(condition: unknown): unknown[] | undefined {
  if (isIndexableScalar(condition)) return [condition];
  if (!isPlainObject(condition)) return undefined;
  if (isIndexableScalar(condition['$eq'])) return [condition['$eq']];
  const list = condition['$in'];
  if (Array.isArray(list) && list.length > 0 && list.every(isIndexableScalar)) return list;
  return undefined;
}

function cartesian(lists: unknown[][]): unknown[][] | undefined {
  let combos: unknown[][] = [[]];
  for (const list of lists) {
    const next: unknown[][] = [];
    for (const combo of combos) for (const value of list) next.push([...combo, value]);
    if (next.length > MAX_LOOKUPS) return undefined;
    combos = next;
  }
  return combos;
}
