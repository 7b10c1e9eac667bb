import { isDuplicateKey, isTransactionConflict } from '../db/cloudbase';
import { DocumentCollection, PAGE_SIZE } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import type { Page } from '../reports/report-repository';
import type { Actor } from '../stored';
import { ExchangeItemDoc, StockMovementDoc } from './exchange-item.doc';
import {
  DuplicateRecordError,
  ExchangeAccountRepository,
  ExchangeItemRepository,
  ItemFields,
  RedemptionRepository,
  StockMovementRepository,
  WriteConflict,
} from './exchange-repository';
import { ExchangeAccountDoc, RedemptionDoc } from './redemption.doc';

/** A write inside a transaction: a write conflict becomes WriteConflict (the exchange backs off itself). */
async function contended<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isTransactionConflict(error)) throw new WriteConflict();
    throw error;
  }
}

/** Inserts a document whose id says what it is; a duplicate id becomes DuplicateRecordError. */
async function insertOnce<T extends { _id: string }>(collection: DocumentCollection<T>, doc: T): Promise<void> {
  try {
    await contended(collection.insert(doc));
  } catch (error) {
    if (isDuplicateKey(error)) throw new DuplicateRecordError(doc._id);
    throw error;
  }
}

export class CloudbaseExchangeItemRepository implements ExchangeItemRepository {
  private readonly items: DocumentCollection<ExchangeItemDoc>;

  constructor(
    source: DocumentSource,
    private readonly _: Command,
  ) {
    this.items = new DocumentCollection(source, COLLECTIONS.exchangeItems, ExchangeItemDoc, _);
  }

  byId(id: string) {
    return this.items.byId(id);
  }

  ofOrgs(orgIds: readonly string[], includeRetired: boolean) {
    if (orgIds.length === 0) return Promise.resolve([]);
    const where = { orgId: this._.in([...orgIds]), ...(includeRetired ? {} : { status: 'active' }) };
    return this.items.find(where, { orderBy: [['createdAt', 'asc']], limit: PAGE_SIZE });
  }

  async insert(item: ExchangeItemDoc) {
    const written = await this.items.insertOrFind(item, () => this.items.byId(item._id));
    return { created: written.created, item: written.doc };
  }

  edit(id: string, fields: Partial<ItemFields & Pick<ExchangeItemDoc, 'status'>>, by: Actor, at: Date) {
    return this.items.updateOneAndReturn({ _id: id }, { ...fields, updatedAt: at, updatedBy: by });
  }

  takeStock(id: string, quantity: number, priceCenti: number) {
    return contended(
      this.items.updateOneAndReturn(
        { _id: id, status: 'active', priceCenti, stock: this._.gte(quantity) },
        { stock: this._.inc(-quantity), redeemed: this._.inc(quantity) },
      ),
    );
  }

  changeStock(id: string, change: number, by: Actor, at: Date) {
    const counted = change > 0 ? { supplied: this._.inc(change) } : { removed: this._.inc(-change) };
    const where = change > 0 ? { _id: id } : { _id: id, stock: this._.gte(-change) };
    return contended(this.items.updateOneAndReturn(where, { stock: this._.inc(change), ...counted, updatedAt: at, updatedBy: by }));
  }
}

export class CloudbaseStockMovementRepository implements StockMovementRepository {
  private readonly movements: DocumentCollection<StockMovementDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.movements = new DocumentCollection(source, COLLECTIONS.exchangeStock, StockMovementDoc, command);
  }

  byId(id: string) {
    return this.movements.byId(id);
  }

  insert(movement: StockMovementDoc) {
    return insertOnce(this.movements, movement);
  }
}

export class CloudbaseRedemptionRepository implements RedemptionRepository {
  private readonly redemptions: DocumentCollection<RedemptionDoc>;

  constructor(
    source: DocumentSource,
    private readonly _: Command,
  ) {
    this.redemptions = new DocumentCollection(source, COLLECTIONS.exchangeRedemptions, RedemptionDoc, _);
  }

  byId(id: string) {
    return this.redemptions.byId(id);
  }

  byIds(ids: readonly string[]) {
    return this.redemptions.byIds(ids);
  }

  insert(redemption: RedemptionDoc) {
    return insertOnce(this.redemptions, redemption);
  }

  async pageOfMember(memberId: string, page: Page) {
    const [total, redemptions] = await Promise.all([
      this.redemptions.count({ memberId }),
      this.redemptions.find(
        { memberId },
        {
          orderBy: [
            ['at', 'desc'],
            ['_id', 'desc'],
          ],
          skip: page.offset,
          limit: page.limit,
        },
      ),
    ]);
    return { total, redemptions };
  }

  ofMemberYear(memberId: string, year: number) {
    return this.redemptions.findAll({ memberId, year }, [
      ['at', 'asc'],
      ['_id', 'asc'],
    ]);
  }

  async pageOfBranch(branchId: string, status: RedemptionDoc['status'], page: Page) {
    const direction = status === 'awaiting' ? 'asc' : 'desc';
    const [total, redemptions] = await Promise.all([
      this.redemptions.count({ branchId, status }),
      this.redemptions.find(
        { branchId, status },
        {
          orderBy: [
            [status === 'awaiting' ? 'at' : 'handedOverAt', direction],
            ['_id', direction],
          ],
          skip: page.offset,
          limit: page.limit,
        },
      ),
    ]);
    return { total, redemptions };
  }

  markHandedOver(ids: readonly string[], by: Actor, at: Date) {
    if (ids.length === 0) return Promise.resolve(0);
    return this.redemptions.updateWhere(
      { _id: this._.in([...ids]), status: 'awaiting' },
      { status: 'handedOver', handedOverAt: at, handedOverBy: by },
    );
  }
}

export class CloudbaseExchangeAccountRepository implements ExchangeAccountRepository {
  private readonly accounts: DocumentCollection<ExchangeAccountDoc>;

  constructor(
    source: DocumentSource,
    private readonly _: Command,
  ) {
    this.accounts = new DocumentCollection(source, COLLECTIONS.exchangeAccounts, ExchangeAccountDoc, _);
  }

  byId(id: string) {
    return this.accounts.byId(id);
  }

  ofMember(memberId: string) {
    return this.accounts.find({ memberId }, { orderBy: [['year', 'asc']], limit: PAGE_SIZE });
  }

  spend(id: string, cost: number, limit: number, at: Date) {
    if (limit < 0) return Promise.resolve(null);
    return contended(
      this.accounts.updateOneAndReturn(
        { _id: id, spentCenti: this._.lte(limit) },
        { spentCenti: this._.inc(cost), redemptions: this._.inc(1), updatedAt: at },
      ),
    );
  }

  insert(account: ExchangeAccountDoc) {
    return insertOnce(this.accounts, account);
  }
}
