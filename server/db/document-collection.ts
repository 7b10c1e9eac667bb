import type { z } from 'zod';
import type { DomainError } from '../errors/domain-error';
import { isDuplicateKey } from './cloudbase';
import type { CollectionName } from './collections';
import type { Command, DocumentSource } from './document-source';

/** CloudBase answers at most 1000 documents per get(). */
export const PAGE_SIZE = 1000;

export type Order = [field: string, direction: 'asc' | 'desc'];

export interface FindOptions {
  orderBy?: Order[];
  skip?: number;
  limit?: number;
}

/** What an insert that may meet its own retry found: the document written now, or the one already there. */
export type Inserted<T> = { created: true; doc: T } | { created: false; doc: T };

/**
 * One collection of stored documents of one schema: the only place a stored document is parsed (reads
 * and writes), "not found" is answered, and a duplicate key is turned into the document that won.
 * Repositories are built on it; nothing else touches CloudBase collections.
 */
export class DocumentCollection<T extends { _id: string }> {
  constructor(
    private readonly source: DocumentSource,
    readonly name: CollectionName,
    private readonly schema: z.ZodType<T>,
    readonly command: Command,
  ) {}

  private ref() {
    return this.source.collection(this.name);
  }

  /** A stored document as its schema reads it (a transaction's get answers the document without its _id). */
  parse(raw: unknown, id?: string): T {
    return this.schema.parse(id === undefined ? raw : { ...(raw as object), _id: id });
  }

  async byId(id: string): Promise<T | null> {
    const { data } = await this.ref().doc(id).get();
    const raw = Array.isArray(data) ? data[0] : data;
    return raw ? this.parse(raw, id) : null;
  }

  /** The document, or the failure `reason` (NOT_FOUND-style) when it is not there. */
  async requireById(id: string, notFound: () => DomainError): Promise<T> {
    const found = await this.byId(id);
    if (!found) throw notFound();
    return found;
  }

  /** Documents by id, in one request for up to 1000 ids (missing ones are left out). */
  async byIds(ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    return this.find({ _id: this.command.in([...new Set(ids)]) }, { limit: PAGE_SIZE });
  }

  async find(where: object, options: FindOptions = {}): Promise<T[]> {
    let query = this.ref().where(where);
    for (const [field, direction] of options.orderBy ?? []) query = query.orderBy(field, direction);
    if (options.skip) query = query.skip(options.skip);
    query = query.limit(options.limit ?? PAGE_SIZE);
    const { data } = await query.get();
    return (data as unknown[]).map((raw) => this.parse(raw));
  }

  async findOne(where: object): Promise<T | null> {
    return (await this.find(where, { limit: 1 }))[0] ?? null;
  }

  /** Every match: one request per 1000 documents, ordered (by _id unless said) so that pages never overlap. */
  async findAll(where: object, orderBy: Order[] = [['_id', 'asc']]): Promise<T[]> {
    const all: T[] = [];
    for (;;) {
      const page = await this.find(where, { orderBy, skip: all.length, limit: PAGE_SIZE });
      all.push(...page);
      if (page.length < PAGE_SIZE) return all;
    }
  }

  async exists(where: object): Promise<boolean> {
    const { data } = await this.ref().where(where).field({ _id: true }).limit(1).get();
    return (data as unknown[]).length > 0;
  }

  async count(where: object): Promise<number> {
    return (await this.ref().where(where).count()).total ?? 0;
  }

  /** Writes a new document (checked by the schema first); its id is the one it carries. */
  async insert(doc: T): Promise<T> {
    const checked = this.schema.parse(doc);
    const { _id, ...fields } = checked as T & Record<string, unknown>;
    await this.ref().add({ _id, ...fields });
    return checked;
  }

  /** Writes several new documents in one request: all or none (a duplicate key refuses the batch). */
  async insertMany(docs: readonly T[]): Promise<T[]> {
    if (docs.length === 0) return [];
    const checked = docs.map((doc) => this.schema.parse(doc));
    await this.ref().add(checked.length === 1 ? (checked[0] as object) : (checked as object[]));
    return checked;
  }

  /**
   * Inserts a document that a retry (or a concurrent twin) may have written already under a unique key:
   * on a duplicate key, `winner` reads the document that is there instead. The one place that pattern lives.
   */
  async insertOrFind(doc: T, winner: () => Promise<T | null>): Promise<Inserted<T>> {
    try {
      return { created: true, doc: await this.insert(doc) };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const found = await winner();
      if (!found) throw error;
      return { created: false, doc: found };
    }
  }

  /** Writes the whole document under its id (created or replaced). */
  async put(doc: T): Promise<T> {
    const checked = this.schema.parse(doc);
    const { _id, ...fields } = checked as T & Record<string, unknown>;
    await this.ref().doc(_id).set(fields);
    return checked;
  }

  /**
   * A patch as CloudBase must receive it to SET fields: an object value would otherwise be merged into
   * the stored one field by field, so plain objects are wrapped in `_.set` (operators like `_.inc` pass).
   */
  private setting(patch: object): object {
    const out: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(patch)) {
      const plain = value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
      out[field] = plain ? this.command.set(value) : value;
    }
    return out;
  }

  /** Sets fields of one document; answers how many documents changed (0 or 1). */
  async update(id: string, patch: object): Promise<number> {
    return (await this.ref().doc(id).update(this.setting(patch))).updated ?? 0;
  }

  async updateWhere(where: object, patch: object): Promise<number> {
    return (await this.ref().where(where).update(this.setting(patch))).updated ?? 0;
  }

  /** Sets fields of the first document matching `where` and answers it as it is now, or null when none matched. */
  async updateOneAndReturn(where: object, patch: object): Promise<T | null> {
    const { doc } = await this.ref().where(where).updateAndReturn(this.setting(patch));
    return doc ? this.parse(doc) : null;
  }

  /** The distinct values of `field` among the documents matching `match` (one aggregate request, at most 1000). */
  async distinct(match: object, field: string): Promise<string[]> {
    const result = await this.source
      .collection(this.name)
      .aggregate()
      .match(match)
      .group({ _id: `$${field}` })
      .limit(PAGE_SIZE)
      .end();
    return ((result.data ?? []) as { _id: unknown }[]).map((row) => String(row._id));
  }

  /**
   * The documents matching `match`, grouped by `field` in the database: each group's documents reduced
   * to `pick` (field → its name in the group's rows) and checked with `row`. One request per `groupsPerPage`
   * groups, however many documents each holds — no request per group; keep `pick` small so a page stays small.
   */
  async groupedBy<R>(
    match: object,
    field: string,
    pick: Record<string, string>,
    row: z.ZodType<R>,
    groupsPerPage = 250,
  ): Promise<{ key: string; rows: R[] }[]> {
    const $ = this.command.aggregate;
    const pushed = Object.fromEntries(Object.entries(pick).map(([name, from]) => [name, `$${from}`]));
    const groups: { key: string; rows: R[] }[] = [];
    for (;;) {
      const page = await this.source
        .collection(this.name)
        .aggregate()
        .match(match)
        .group({ _id: `$${field}`, rows: $.push(pushed) })
        .sort({ _id: 1 })
        .skip(groups.length)
        .limit(groupsPerPage)
        .end();
      const found = (page.data ?? []) as { _id: unknown; rows: unknown[] }[];
      for (const group of found) groups.push({ key: String(group._id), rows: group.rows.map((r) => row.parse(r)) });
      if (found.length < groupsPerPage) return groups;
    }
  }

  /**
   * Figures computed in the database: the documents matching `match` grouped by the `$group` stage `group`
   * (its `_id` is the key), each result row checked with `row`. One request per 1000 groups.
   */
  async summarized<R>(match: object, group: Record<string, unknown>, row: z.ZodType<R>): Promise<R[]> {
    const rows: R[] = [];
    for (;;) {
      const page = await this.ref().aggregate().match(match).group(group).sort({ _id: 1 }).skip(rows.length).limit(PAGE_SIZE).end();
      const found = page.data ?? [];
      for (const raw of found) rows.push(row.parse(raw));
      if (found.length < PAGE_SIZE) return rows;
    }
  }

  /**
   * Parts of the matching documents (the dotted `fields` only, as the database projects them), each checked
   * with `row`: for lists that need a few fields of large documents. One request per 1000 documents.
   */
  async projected<R>(where: object, fields: readonly string[], row: z.ZodType<R>): Promise<R[]> {
    const projection = Object.fromEntries(['_id', ...fields].map((field) => [field, true]));
    const rows: R[] = [];
    for (;;) {
      let query = this.ref().where(where).field(projection).orderBy('_id', 'asc');
      if (rows.length > 0) query = query.skip(rows.length);
      const { data } = await query.limit(PAGE_SIZE).get();
      const found = data as unknown[];
      for (const raw of found) rows.push(row.parse(raw));
      if (found.length < PAGE_SIZE) return rows;
    }
  }

  async remove(id: string): Promise<void> {
    await this.ref().doc(id).remove();
  }

  async removeWhere(where: object): Promise<number> {
    return (await this.ref().where(where).remove()).deleted ?? 0;
  }
}
