import { retireItem } from '../../../shared/contracts/exchange/retire-item.schema';
import { fail } from '../../../server/errors/domain-error';
import { requireCatalogueKeeper } from '../../../server/exchange/catalogue-access';
import { managedItemView } from '../../../server/exchange/exchange-views';
import { Handler } from '../../../server/runtime/route';

/**
 * Takes an item off the catalogue or puts it back; its redemptions stay, and those awaiting hand-over are
 * still handed over. Database requests: 4 — the item, then the org ∥ the caller's roles, then the update.
 */
export const retireItemHandler: Handler<typeof retireItem> = async (request, { now, services, access, repos }) => {
  const item = await repos.exchangeItems.byId(request.itemId);
  if (!item) throw fail('EXCHANGE_ITEM_NOT_FOUND');
  const { org, role } = await requireCatalogueKeeper(access, item.orgId);
  const status = request.retired ? 'retired' : 'active';
  const changed =
    item.status === status ? item : await repos.exchangeItems.edit(item._id, { status }, await access.actor(org._id, role), now);
  if (!changed) throw fail('EXCHANGE_ITEM_NOT_FOUND');
  return managedItemView(changed, await services.photos.links(changed.picture ? [changed.picture] : []));
};
