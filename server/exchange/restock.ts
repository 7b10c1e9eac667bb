import { fail } from '../errors/domain-error';
import type { InTransaction, Repositories } from '../repositories';
import type { Actor } from '../stored';
import type { ExchangeItemDoc, StockMovementDoc } from './exchange-item.doc';
import { DuplicateRecordError } from './exchange-repository';
import { withBackoff } from './redeem';

export interface RestockRequest {
  /** From the caller and the idempotency key (idempotentId('restock', …)). */
  movementId: string;
  item: ExchangeItemDoc;
  change: number;
  note: string | null;
  actor: Actor;
  now: Date;
}

function sameMovement(earlier: StockMovementDoc, request: RestockRequest): void {
  if (earlier.itemId !== request.item._id || earlier.change !== request.change)
    throw fail('IDEMPOTENCY_KEY_REUSED', { what: '次补货或出库' });
}

/**
 * Puts stock in or takes it out, with its record, in one transaction: the item's stock changes only when
 * it stays at 0 or more (CONFLICT EXCHANGE_STOCK_SHORT), and the record's id (from the caller and the
 * idempotency key) makes a retry change nothing again. Concurrent redemptions write the same item: the
 * loser runs again. Requests: start, item, record, commit (4).
 */
export async function restockItem(repos: Repositories, transaction: InTransaction, request: RestockRequest): Promise<ExchangeItemDoc> {
  const { movementId, item, change, now } = request;
  try {
    return await withBackoff(() =>
      transaction(
        async (tx) => {
          const changed = await tx.exchangeItems.changeStock(item._id, change, request.actor, now);
          if (!changed) {
            const [earlier, current] = await Promise.all([tx.exchangeStock.byId(movementId), tx.exchangeItems.byId(item._id)]);
            if (!current) throw fail('EXCHANGE_ITEM_NOT_FOUND');
            if (earlier) {
              sameMovement(earlier, request);
              return current;
            }
            throw fail('EXCHANGE_STOCK_SHORT', { item: current.name, stock: current.stock, change: -change });
          }
          await tx.exchangeStock.insert({
            _id: movementId,
            itemId: item._id,
            orgId: item.orgId,
            change,
            stockAfter: changed.stock,
            note: request.note,
            actor: request.actor,
            at: now,
          });
          return changed;
        },
        { busy: () => fail('EXCHANGE_BUSY') },
      ),
    );
  } catch (error) {
    if (!(error instanceof DuplicateRecordError) || error.id !== movementId) throw error;
    const [earlier, current] = await Promise.all([repos.exchangeStock.byId(movementId), repos.exchangeItems.byId(item._id)]);
    if (!earlier || !current) throw error;
    sameMovement(earlier, request);
    return current;
  }
}
