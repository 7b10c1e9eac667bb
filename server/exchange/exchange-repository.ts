import type { LedgerEntryDoc } from '../ledger/ledger-entry.doc';
import type { MemberDoc } from '../members/member.doc';
import type { Page } from '../reports/report-repository';
import type { Actor } from '../stored';
import type { ExchangeItemDoc, StockMovementDoc } from './exchange-item.doc';
import type { ExchangeAccountDoc, RedemptionDoc } from './redemption.doc';

/** A record whose id exists already (a retry, or a twin request): nothing of the write was kept. */
export class DuplicateRecordError extends Error {
  constructor(readonly id: string) {
    super(`a record with id ${id} exists already`);
    this.name = 'DuplicateRecordError';
  }
}

/**
 * Another transaction wrote the same document first (CloudBase's write conflict, which aborts this
 * transaction). Raised by the exchange's writes inside a transaction instead of the database's own error,
 * so that the SDK does not re-run the transaction at once — the exchange waits a random, growing while
 * first (server/exchange/redeem.ts): at a quarterly exchange many members want the same item at once.
 */
export class WriteConflict extends Error {
  constructor() {
    super('another transaction wrote the document first');
    this.name = 'WriteConflict';
  }
}

/** The fields of an item an officer edits. */
export type ItemFields = Pick<ExchangeItemDoc, 'name' | 'note' | 'picture' | 'priceCenti' | 'orgName'>;

/** Catalogue items (志愿服务超市) and their stock. */
export interface ExchangeItemRepository {
  byId(id: string): Promise<ExchangeItemDoc | null>;
  /** The items of these orgs' catalogues, active ones only unless asked (one request, at most 1000). */
  ofOrgs(orgIds: readonly string[], includeRetired: boolean): Promise<ExchangeItemDoc[]>;
  /** A new item; when its id exists (a retried add), the item that is there. */
  insert(item: ExchangeItemDoc): Promise<{ created: boolean; item: ExchangeItemDoc }>;
  /** Sets fields of an item; answers it as it is now, or null when there is none. */
  edit(id: string, fields: Partial<ItemFields & Pick<ExchangeItemDoc, 'status'>>, by: Actor, at: Date): Promise<ExchangeItemDoc | null>;
  /**
   * Takes `quantity` from an active item priced `priceCenti` when that many are in stock; answers the item
   * as it is after, or null (and changes nothing) when it is retired, priced otherwise or short.
   */
  takeStock(id: string, quantity: number, priceCenti: number): Promise<ExchangeItemDoc | null>;
  /** Puts in (change > 0) or takes out (< 0) stock unless that would leave less than 0; the item after, or null. */
  changeStock(id: string, change: number, by: Actor, at: Date): Promise<ExchangeItemDoc | null>;
}

/** Records of stock put in or taken out. */
export interface StockMovementRepository {
  byId(id: string): Promise<StockMovementDoc | null>;
  /** Throws DuplicateRecordError when its id exists. */
  insert(movement: StockMovementDoc): Promise<void>;
}

/** Members' redemptions: append-only spending, marked when handed over. */
export interface RedemptionRepository {
  byId(id: string): Promise<RedemptionDoc | null>;
  byIds(ids: readonly string[]): Promise<RedemptionDoc[]>;
  /** Throws DuplicateRecordError when its id exists. */
  insert(redemption: RedemptionDoc): Promise<void>;
  /** A page of a member's redemptions, newest first, and how many there are. */
  pageOfMember(memberId: string, page: Page): Promise<{ total: number; redemptions: RedemptionDoc[] }>;
  /** Every redemption of a member's exchange year, oldest first. */
  ofMemberYear(memberId: string, year: number): Promise<RedemptionDoc[]>;
  /** A page of the branch's redemptions in a status: awaiting oldest first, handed over newest first. */
  pageOfBranch(branchId: string, status: RedemptionDoc['status'], page: Page): Promise<{ total: number; redemptions: RedemptionDoc[] }>;
  /** Marks those still awaiting as handed over (one request); answers how many changed. */
  markHandedOver(ids: readonly string[], by: Actor, at: Date): Promise<number>;
}

/** One of the caller's member records as a redemption needs it: with the year's ledger lines and the year's account (null before the first redemption). */
export interface Redeemer {
  member: MemberDoc;
  lines: LedgerEntryDoc[];
  account: ExchangeAccountDoc | null;
}

/** Each member's spending per exchange year. */
export interface ExchangeAccountRepository {
  byId(id: string): Promise<ExchangeAccountDoc | null>;
  /** Every year's account of a member (one request). */
  ofMember(memberId: string): Promise<ExchangeAccountDoc[]>;
  /**
   * Adds `cost` to the account's spending when its spending so far is at most `limit` (the balance
   * before spending, less the cost); the account after, or null when it is short or does not exist.
   */
  spend(id: string, cost: number, limit: number, at: Date): Promise<ExchangeAccountDoc | null>;
  /** A member's first spending of a year. Throws DuplicateRecordError when the account exists. */
  insert(account: ExchangeAccountDoc): Promise<void>;
  /**
   * The caller's active member records (those Access.members() answers: bound to `openid`, active; only
   * `memberId` when given), each with its ledger lines of `year` and its account for `year` — in one request
   * (an aggregate over the members joining the ledger and the accounts), where the member records, the lines
   * and the account would take three. A member with a thousand lines or more in the year has their lines
   * read again, page by page.
   */
  redeemersOf(openid: string, year: number, memberId?: string): Promise<Redeemer[]>;
}
