import type { IndexCatalog } from '../../database/indexes-schema';
import { errors } from '../errors';
import { Doc, keyOf } from './bson-values';
import { Collection } from './collection';
import { Journal, JournalOp } from './journal';
import { COLLECTION_NAME_PATTERN, DATABASE_LIMITS } from './limits';

export interface DocChange {
  collection: Collection;
  idKey: string;
  id: unknown;
  before: Doc | null;
  after: Doc | null;
}

/** Called synchronously before changes are applied (the transaction manager keeps snapshots with it). */
export type ChangeObserver = (changes: readonly DocChange[]) => void;

const DOCS_PER_COMPACTED_RECORD = 200;

/**
 * The document database: collections in memory, every acknowledged write in the journal.
 * Writes are validated completely before anything is applied, so a failing write changes nothing.
 */
export class Database {
  private readonly collections = new Map<string, Collection>();
  private readonly catalog: IndexCatalog;
  private readonly journal: Journal | undefined;
  private readonly observers: ChangeObserver[] = [];
  private sequence = 0;

  private constructor(catalog: IndexCatalog, journal: Journal | undefined) {
    this.catalog = catalog;
    this.journal = journal;
  }

  /** In memory when `dataDir` is absent; otherwise replays and compacts the journal in `dataDir`. */
  static async open(catalog: IndexCatalog, dataDir?: string): Promise<Database> {
    const records = dataDir ? Journal.readRecords(dataDir) : [];
    const staging = new Database(catalog, undefined);
    for (const name of Object.keys(catalog)) staging.addCollection(name);
    for (const ops of records) staging.replay(ops);
    if (!dataDir) return staging;
    const journal = await Journal.rewrite(dataDir, staging.snapshotRecords());
    const database = new Database(catalog, journal);
    database.collections.clear();
    for (const [name, collection] of staging.collections) database.collections.set(name, collection);
    return database;
  }

  get currentSequence(): number {
    return this.sequence;
  }

  get durable(): boolean {
    return this.journal !== undefined;
  }

  observe(observer: ChangeObserver): void {
    this.observers.push(observer);
  }

  findCollection(name: string): Collection | undefined {
    return this.collections.get(name);
  }

  collection(name: string): Collection {
    const collection = this.collections.get(name);
    if (!collection) throw errors.collectionNotExist(name);
    return collection;
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  async createCollection(name: string): Promise<void> {
    if (!COLLECTION_NAME_PATTERN.test(name)) throw errors.invalidParam(`invalid collection name ${JSON.stringify(name)}`);
    if (this.collections.has(name)) throw errors.collectionAlreadyExist(name);
    if (this.collections.size >= DATABASE_LIMITS.maxCollections) throw errors.collectionExceedLimit(DATABASE_LIMITS.maxCollections);
    this.addCollection(name);
    this.sequence++;
    if (this.journal) await this.journal.append([{ op: 'create', c: name }]);
  }

  /**
   * Applies changes atomically. Validation errors are thrown before anything changes; the returned
   * promise resolves once the changes are durable (immediately in memory mode).
   */
  commit(changes: DocChange[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    const byCollection = new Map<Collection, DocChange[]>();
    for (const change of changes) {
      const list = byCollection.get(change.collection) ?? [];
      list.push(change);
      byCollection.set(change.collection, list);
    }
    for (const [collection, list] of byCollection) collection.assertWritable(list);
    for (const observer of this.observers) observer(changes);
    this.sequence++;
    const ops: JournalOp[] = [];
    for (const change of changes) {
      if (change.after) {
        change.collection.put(change.idKey, change.after);
        ops.push({ op: 'put', c: change.collection.name, d: change.after });
      } else {
        change.collection.delete(change.idKey);
        ops.push({ op: 'del', c: change.collection.name, id: change.id });
      }
    }
    return this.journal ? this.journal.append(ops) : Promise.resolve();
  }

  async close(): Promise<void> {
    await this.journal?.close();
  }

  private addCollection(name: string): Collection {
    const collection = new Collection(name, this.catalog[name] ?? []);
    this.collections.set(name, collection);
    return collection;
  }

  private replay(ops: JournalOp[]): void {
    for (const op of ops) {
      const collection = this.collections.get(op.c) ?? this.addCollection(op.c);
      if (op.op === 'put') {
        const idKey = keyOf(op.d['_id']);
        collection.assertWritable([{ idKey, after: op.d }]);
        collection.put(idKey, op.d);
      } else if (op.op === 'del') {
        collection.delete(keyOf(op.id));
      }
    }
  }

  private snapshotRecords(): JournalOp[][] {
    const records: JournalOp[][] = [];
    const created = [...this.collections.keys()].filter((name) => !(name in this.catalog));
    if (created.length > 0) records.push(created.map((name) => ({ op: 'create', c: name })));
    for (const collection of this.collections.values()) {
      let ops: JournalOp[] = [];
      for (const doc of collection.all()) {
        ops.push({ op: 'put', c: collection.name, d: doc });
        if (ops.length === DOCS_PER_COMPACTED_RECORD) {
          records.push(ops);
          ops = [];
        }
      }
      if (ops.length > 0) records.push(ops);
    }
    return records;
  }
}
