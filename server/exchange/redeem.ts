import { setTimeout as sleep } from 'node:timers/promises';
import { fromCenti, timesCenti, type Centi } from '../../shared/points';
import { fail } from '../errors/domain-error';
import type { InTransaction, Repositories } from '../repositories';
import type { ExchangeItemDoc } from './exchange-item.doc';
import { DuplicateRecordError, WriteConflict } from './exchange-repository';
import { exchangeAccountId, type RedemptionDoc } from './redemption.doc';

export interface RedeemRequest {
  /** From the caller and the idempotency key (idempotentId('redeem', …)). */
  redemptionId: string;
  openid: string;
  member: { _id: string; name: string; branchId: string };
  itemId: string;
  quantity: number;
  /** The price of one the member saw. */
  priceCenti: Centi;
  /** The year's balance before its redemptions: carried + earned. */
  spendableCenti: Centi;
  /** Whether the member's account for the year existed when read (before the transaction): else the first spending creates it. */
  accountExists: boolean;
  year: number;
  today: string;
  now: Date;
  /** Refuses an item whose catalogue does not serve the member (may read their branch). */
  requireOffered: (item: ExchangeItemDoc) => Promise<void>;
}

export interface Redeemed {
  redemption: RedemptionDoc;
  /** False when the request had been redeemed already (a retry, a second phone): the first redemption. */
  created: boolean;
  /** The year's spending after it (null when the first redemption is answered again: read it). */
  spentCenti: number | null;
  stock: number | null;
}

/**
 * How long a redemption keeps trying while it loses write conflicts, before CONFLICT EXCHANGE_BUSY: most
 * of the exchange function's 10 s (cloudbaserc.json), so that a member in a crowd waits rather than fails.
 */
const RETRY_BUDGET_MS = 7_000;

/**
 * Runs a transaction again while it loses a write conflict (WriteConflict: another transaction wrote the
 * item or the account first), each time after a random wait below a growing bound — 50, 100, 200 … 1000 ms,
 * "full jitter" — rather than at once: at once, under contention, it only loses again and spends requests.
 * Still losing after RETRY_BUDGET_MS: CONFLICT EXCHANGE_BUSY. A lost run costs 3 requests (start, the write
 * that conflicts, the SDK's rollback).
 */
export async function withBackoff<T>(run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let round = 0; ; round++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof WriteConflict)) throw error;
      const wait = Math.random() * Math.min(1000, 50 * 2 ** round);
      if (Date.now() + wait - started > RETRY_BUDGET_MS) throw fail('EXCHANGE_BUSY');
      await sleep(wait);
    }
  }
}

/** Thrown inside the transaction when the request was redeemed already: it rolls back what this run staged. */
class AlreadyRedeemed extends Error {
  constructor(readonly redemption: RedemptionDoc) {
    super('redeemed already');
  }
}

/** Why nothing could be taken from the item (read inside the transaction, on this failure path only). */
function refusal(item: ExchangeItemDoc | null, priceCenti: number): Error {
  if (!item) return fail('EXCHANGE_ITEM_NOT_FOUND');
  if (item.status === 'retired') return fail('EXCHANGE_ITEM_RETIRED', { item: item.name });
  if (item.priceCenti !== priceCenti) return fail('EXCHANGE_PRICE_CHANGED', { item: item.name, price: fromCenti(item.priceCenti) });
  return fail('EXCHANGE_OUT_OF_STOCK', { item: item.name, stock: item.stock });
}

/** The same request as the redemption that holds its id (else IDEMPOTENCY_KEY_REUSED). */
function sameRequest(earlier: RedemptionDoc, request: RedeemRequest): RedemptionDoc {
  const same =
    earlier.openid === request.openid &&
    earlier.memberId === request.member._id &&
    earlier.itemId === request.itemId &&
    earlier.quantity === request.quantity;
  if (!same) throw fail('IDEMPOTENCY_KEY_REUSED', { what: '次兑换' });
  return earlier;
}

/**
 * Adds `cost` to the member's spending of the year while it stays within the balance (spent ≤ carried +
 * earned − cost); answers the spending after. The year's first spending creates the account with it
 * instead (`exists` false: read before the transaction; when a twin created it since, the insert fails
 * with DuplicateRecordError and the caller runs the transaction again with `exists` true).
 * Short: CONFLICT EXCHANGE_BALANCE_LOW — unless the request was redeemed already (then AlreadyRedeemed).
 */
async function spend(tx: Repositories, request: RedeemRequest, cost: Centi, exists: boolean): Promise<number> {
  const { member, year, now, spendableCenti } = request;
  const accountId = exchangeAccountId(member._id, year);
  const limit = spendableCenti - cost;
  if (exists || limit < 0) {
    const spent = await tx.exchangeAccounts.spend(accountId, cost, limit, now);
    if (spent) return spent.spentCenti;
    const account = exists ? await tx.exchangeAccounts.byId(accountId) : null;
    const earlier = await tx.redemptions.byId(request.redemptionId);
    if (earlier) throw new AlreadyRedeemed(sameRequest(earlier, request));
    throw fail('EXCHANGE_BALANCE_LOW', { needed: fromCenti(cost), available: fromCenti(spendableCenti - (account?.spentCenti ?? 0)) });
  }
  await tx.exchangeAccounts.insert({
    _id: accountId,
    memberId: member._id,
    branchId: member.branchId,
    year,
    spentCenti: cost,
    redemptions: 1,
    updatedAt: now,
  });
  return cost;
}

/**
 * Redeems atomically, in one transaction that writes three documents:
 * - the item: its stock is taken only when the item is active, priced as the member saw it and holds
 *   enough (a conditional update that answers the item as it is after);
 * - the member's account for the year: its spending grows only while it stays within the balance
 *   (spent ≤ carried + earned − cost), or the account is created with this first spending;
 * - the redemption, under an id from the caller and the idempotency key.
 * Two redemptions of one item, or by one member, write the same document: the second transaction
 * conflicts, runs again (withBackoff) on what the first committed, and checks stock and balance afresh —
 * so neither goes below 0 however many redeem at once. A twin request (same key) finds the first redemption's id taken
 * and is answered with it; any refusal writes nothing.
 *
 * Requests: start, item, account (its spending raised, or the year's first spending inserted), redemption,
 * commit (5); a committee's item reads the member's branch once. A member's first redemption of the year
 * whose account a concurrent one created meanwhile loses one run (start, item, insert, rollback) and runs
 * again on the account.
 */
export async function redeemItem(repos: Repositories, transaction: InTransaction, request: RedeemRequest): Promise<Redeemed> {
  const { redemptionId, member, quantity, priceCenti, now } = request;
  const cost = timesCenti(priceCenti, quantity);
  const accountId = exchangeAccountId(member._id, request.year);
  let accountExists = request.accountExists;
  try {
    return await withBackoff(() =>
      transaction(
        async (tx): Promise<Redeemed> => {
          // The item first: when many want it at once, a run that loses finds out at its first write.
          const item = await tx.exchangeItems.takeStock(request.itemId, quantity, priceCenti);
          if (!item) {
            const [earlier, current] = await Promise.all([tx.redemptions.byId(redemptionId), tx.exchangeItems.byId(request.itemId)]);
            if (earlier) throw new AlreadyRedeemed(sameRequest(earlier, request));
            throw refusal(current, priceCenti);
          }
          await request.requireOffered(item);
          const spentCenti = await spend(tx, request, cost, accountExists);
          const redemption: RedemptionDoc = {
            _id: redemptionId,
            memberId: member._id,
            memberName: member.name,
            branchId: member.branchId,
            openid: request.openid,
            itemId: item._id,
            itemName: item.name,
            orgId: item.orgId,
            orgName: item.orgName,
            quantity,
            priceCenti,
            pointsCenti: cost,
            year: request.year,
            date: request.today,
            at: now,
            status: 'awaiting',
            handedOverAt: null,
            handedOverBy: null,
          };
          await tx.redemptions.insert(redemption);
          return { redemption, created: true, spentCenti, stock: item.stock };
        },
        { busy: () => fail('EXCHANGE_BUSY') },
      ).catch((error: unknown) => {
        // The account was created since it was read (another redemption of the member's): spend from it, after a wait.
        if (!(error instanceof DuplicateRecordError) || error.id !== accountId) throw error;
        accountExists = true;
        throw new WriteConflict();
      }),
    );
  } catch (error) {
    if (error instanceof AlreadyRedeemed) return { redemption: error.redemption, created: false, spentCenti: null, stock: null };
    // The id was taken by a twin that committed first (nothing of this transaction was kept): answer it.
    if (!(error instanceof DuplicateRecordError) || error.id !== redemptionId) throw error;
    const earlier = await repos.redemptions.byId(redemptionId);
    if (!earlier) throw error;
    return { redemption: sameRequest(earlier, request), created: false, spentCenti: null, stock: null };
  }
}
