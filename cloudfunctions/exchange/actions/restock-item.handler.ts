import { restockItem } from '../../../shared/contracts/exchange/restock-item.schema';
import { fail } from '../../../server/errors/domain-error';
import { requireCatalogueKeeper } from '../../../server/exchange/catalogue-access';
import { managedItemView } from '../../../server/exchange/exchange-views';
import { idempotentId } from '../../../server/exchange/redemption.doc';
import { restockItem as restock } from '../../../server/exchange/restock';
import { Handler } from '../../../server/runtime/route';

/**
 * Puts stock in or takes it out, with its record, once per idempotency key (server/exchange/restock.ts).
 * Database requests: 7 — the item, then the org ∥ the caller's roles, then the transaction (start, item,
 * record, commit).
 */
export const restockItemHandler: Handler<typeof restockItem> = async (request, { openid, now, services, access, repos, transaction }) => {
  const item = await repos.exchangeItems.byId(request.itemId);
  if (!item) throw fail('EXCHANGE_ITEM_NOT_FOUND');
  const { org, role } = await requireCatalogueKeeper(access, item.orgId);
  const changed = await restock(repos, transaction, {
    movementId: idempotentId('restock', openid, request.idempotencyKey),
    item,
    change: request.change,
    note: request.note,
    actor: await access.actor(org._id, role),
    now,
  });
  return managedItemView(changed, await services.photos.links(changed.picture ? [changed.picture] : []));
};
