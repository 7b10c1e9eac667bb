import { randomBytes } from 'node:crypto';
import { errors } from '../errors';
import { Doc } from './bson-values';
import { Collection } from './collection';
import { Database, DocChange } from './database';
import { DATABASE_LIMITS } from './limits';

interface StagedWrite {
  collection: Collection;
  idKey: string;
  id: unknown;
  after: Doc | null;
}

export class Transaction {
  readonly id = randomBytes(12).toString('hex');
  readonly deadline: number;
  /** Set by the first operation, like MongoDB's snapshot. */
  hasSnapshot = false;
  readonly writes = new Map<string, StagedWrite>();
  /** Committed state as of the snapshot, for documents changed by others since. */
  readonly preimages = new Map<string, Doc | null>();

  constructor(deadline: number) {
    this.deadline = deadline;
  }
}

const slot = (collection: Collection, idKey: string): string => `${collection.name}\u0000${idKey}`;

/**
 * Snapshot isolation with first-writer-wins, as MongoDB (hence CloudBase) does:
 * - reads see the committed state as of the transaction's first operation, plus its own writes;
 * - writing a document that another open transaction has written, or that anyone committed after
 *   the snapshot, fails at once with DATABASE_TRANSACTION_CONFLICT and aborts the transaction;
 * - commit re-checks (a plain write may have landed since) and applies all writes atomically.
 * `runTransaction` retries on DATABASE_TRANSACTION_CONFLICT. Transactions expire after 30 s.
 */
export class TransactionManager {
  private readonly active = new Map<string, Transaction>();
  private readonly locks = new Map<string, Transaction>();
  private readonly database: Database;
  private readonly sweeper: NodeJS.Timeout;

  constructor(database: Database) {
    this.database = database;
    database.observe((changes) => this.keepSnapshots(changes));
    this.sweeper = setInterval(() => this.expire(), 1000);
    this.sweeper.unref();
  }

  get openCount(): number {
    return this.active.size;
  }

  start(): Transaction {
    const transaction = new Transaction(Date.now() + DATABASE_LIMITS.transactionTimeoutMs);
    this.active.set(transaction.id, transaction);
    return transaction;
  }

  get(id: unknown): Transaction {
    const transaction = typeof id === 'string' ? this.active.get(id) : undefined;
    if (!transaction) throw errors.transactionNotExist();
    if (Date.now() > transaction.deadline) {
      this.finish(transaction);
      throw errors.transactionNotExist();
    }
    return transaction;
  }

  read(transaction: Transaction, collection: Collection, idKey: string): Doc | null {
    transaction.hasSnapshot = true;
    const key = slot(collection, idKey);
    const staged = transaction.writes.get(key);
    if (staged) return staged.after;
    if (transaction.preimages.has(key)) return transaction.preimages.get(key) ?? null;
    return collection.get(idKey) ?? null;
  }

  /**
   * The collection as the transaction sees it: its snapshot plus its own writes, in natural order
   * (documents the collection no longer holds — deleted by others since, or inserted by this
   * transaction — come last). For where().get() and updateAndReturn() inside a transaction.
   */
  view(transaction: Transaction, collection: Collection): Doc[] {
    transaction.hasSnapshot = true;
    const docs: Doc[] = [];
    for (const [idKey, current] of collection.entries()) {
      const key = slot(collection, idKey);
      const staged = transaction.writes.get(key);
      const doc = staged ? staged.after : transaction.preimages.has(key) ? (transaction.preimages.get(key) ?? null) : current;
      if (doc) docs.push(doc);
    }
    const prefix = slot(collection, '');
    for (const [key, preimage] of transaction.preimages) {
      if (preimage && key.startsWith(prefix) && !transaction.writes.has(key) && !collection.has(key.slice(prefix.length)))
        docs.push(preimage);
    }
    for (const write of transaction.writes.values()) {
      if (write.collection === collection && write.after && !collection.has(write.idKey)) docs.push(write.after);
    }
    return docs;
  }

  stage(transaction: Transaction, collection: Collection, idKey: string, id: unknown, after: Doc | null): void {
    this.stageMany(transaction, collection, [{ idKey, id, after }]);
  }

  /** Stages several writes of one collection (a batch add), validated together. */
  stageMany(
    transaction: Transaction,
    collection: Collection,
    entries: ReadonlyArray<{ idKey: string; id: unknown; after: Doc | null }>,
  ): void {
    transaction.hasSnapshot = true;
    for (const { idKey } of entries) {
      const key = slot(collection, idKey);
      const holder = this.locks.get(key);
      if ((holder && holder !== transaction) || transaction.preimages.has(key)) {
        this.finish(transaction);
        throw errors.transactionConflict();
      }
    }
    const staging = new Set(entries.map((entry) => entry.idKey));
    const pending = [...transaction.writes.values()].filter((write) => write.collection === collection && !staging.has(write.idKey));
    try {
      collection.assertWritable([...pending, ...entries]);
    } catch (error) {
      // As in MongoDB, a failed operation aborts the transaction.
      this.finish(transaction);
      throw error;
    }
    for (const { idKey, id, after } of entries) {
      const key = slot(collection, idKey);
      this.locks.set(key, transaction);
      transaction.writes.set(key, { collection, idKey, id, after });
    }
  }

  async commit(transaction: Transaction): Promise<void> {
    const changes: DocChange[] = [];
    for (const [key, write] of transaction.writes) {
      if (transaction.preimages.has(key)) {
        this.finish(transaction);
        throw errors.transactionConflict();
      }
      const before = write.collection.get(write.idKey) ?? null;
      if (before === null && write.after === null) continue;
      changes.push({ collection: write.collection, idKey: write.idKey, id: write.id, before, after: write.after });
    }
    this.finish(transaction);
    await this.database.commit(changes);
  }

  abort(transaction: Transaction): void {
    this.finish(transaction);
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const transaction of [...this.active.values()]) this.finish(transaction);
  }

  private finish(transaction: Transaction): void {
    this.active.delete(transaction.id);
    for (const key of transaction.writes.keys()) {
      if (this.locks.get(key) === transaction) this.locks.delete(key);
    }
  }

  private keepSnapshots(changes: readonly DocChange[]): void {
    if (this.active.size === 0) return;
    for (const transaction of this.active.values()) {
      if (!transaction.hasSnapshot) continue;
      for (const change of changes) {
        const key = slot(change.collection, change.idKey);
        if (!transaction.preimages.has(key)) transaction.preimages.set(key, change.before);
      }
    }
  }

  private expire(): void {
    const now = Date.now();
    for (const transaction of [...this.active.values()]) if (now > transaction.deadline) this.finish(transaction);
  }
}
