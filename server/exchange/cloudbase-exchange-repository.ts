import { isDuplicateKey, isTransactionConflict } from '../db/cloudbase';
import { DocumentCollection, PAGE_SIZE } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import { LedgerEntryDoc } from '../ledger/ledger-entry.doc';
import { MemberDoc } from '../members/member.doc';
import type { Page } from '../reports/report-repository';
import type { Actor } from '../stored';
import { ExchangeItemDoc, StockMovementDoc } from './exchange-item.doc';
import {
  DuplicateRecordError,
  ExchangeAccountRepository,
  ExchangeItemRepository,
  ItemFields,
  Redeemer,
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

/** An aggregate pipeline with the join stage (the SDK has `lookup`; DocumentSource leaves it out). */
interface JoiningPipeline {
  match(query: object): JoiningPipeline;
  limit(count: number): JoiningPipeline;
  lookup(stage: object): JoiningPipeline;
  end(): Promise<{ data?: unknown[] }>;
}

/** A lookup stage: at most `limit` documents of `from` whose memberId is the input member's `_id` and whose fields equal `equal`, as `as`. */
const ofTheMember = (from: string, as: string, equal: Record<string, unknown>, limit: number) => ({
  from,
  let: { member: '$_id' },
  pipeline: [
    {
      $match: { $expr: { $and: [{ $eq: ['$memberId', '$$member'] }, ...Object.entries(equal).map(([k, v]) => ({ $eq: [`$${k}`, v] }))] } },
    },
    { $limit: limit },
  ],
  as,
});

export class CloudbaseExchangeAccountRepository implements ExchangeAccountRepository {
  private readonly accounts: DocumentCollection<ExchangeAccountDoc>;
  private readonly members: DocumentCollection<MemberDoc>;
  private readonly ledger: DocumentCollection<LedgerEntryDoc>;

  constructor(
    private readonly source: DocumentSource,
    private readonly _: Command,
  ) {
    this.accounts = new DocumentCollection(source, COLLECTIONS.exchangeAccounts, ExchangeAccountDoc, _);
    this.members = new DocumentCollection(source, COLLECTIONS.members, MemberDoc, _);
    this.ledger = new DocumentCollection(source, COLLECTIONS.ledger, LedgerEntryDoc, _);
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

  /**
   * Members matched as MemberRepository.activeBoundTo matches them ({ openid, active: true }, at most 100),
   * then two lookups (CloudBase's aggregate `lookup` with `let` and `pipeline`, server side): the ledger
   * lines of the member and year (at most PAGE_SIZE, like any read: a member with that many reads their
   * lines again, page by page), and the member's account of the year.
   */
  async redeemersOf(openid: string, year: number, memberId?: string): Promise<Redeemer[]> {
    const pipeline = this.source.collection(COLLECTIONS.members).aggregate() as unknown as JoiningPipeline;
    const { data = [] } = await pipeline
      .match({ openid, active: true, ...(memberId === undefined ? {} : { _id: memberId }) })
      .limit(100)
      .lookup(ofTheMember(COLLECTIONS.ledger, 'exchangeLines', { year }, PAGE_SIZE))
      .lookup(ofTheMember(COLLECTIONS.exchangeAccounts, 'exchangeAccount', { year }, 1))
      .end();
    return Promise.all(
      (data as Record<string, unknown>[]).map(async ({ exchangeLines, exchangeAccount, ...row }) => {
        const member = this.members.parse(row);
        const joined = exchangeLines as unknown[];
        const [account] = exchangeAccount as unknown[];
        return {
          member,
          lines:
            joined.length < PAGE_SIZE
              ? joined.map((line) => this.ledger.parse(line))
              : await this.ledger.findAll({ memberId: member._id, year }),
          account: account === undefined ? null : this.accounts.parse(account),
        };
      }),
    );
  }
}
