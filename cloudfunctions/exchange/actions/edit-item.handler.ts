import { editItem } from '../../../shared/contracts/exchange/edit-item.schema';
import { toCenti } from '../../../shared/points';
import { fail } from '../../../server/errors/domain-error';
import { requireCatalogueKeeper } from '../../../server/exchange/catalogue-access';
import { managedItemView } from '../../../server/exchange/exchange-views';
import { requireItemPicture } from '../../../server/exchange/item-picture';
import { Handler } from '../../../server/runtime/route';

/**
 * Changes an item's name, note, picture or price; a redemption priced as before is then refused with the
 * new price (EXCHANGE_PRICE_CHANGED), so no member pays what they did not see. Database requests: 4 — the
 * item, then the org ∥ the caller's roles, then the update.
 */
export const editItemHandler: Handler<typeof editItem> = async (request, { openid, now, services, access, repos }) => {
  const item = await repos.exchangeItems.byId(request.itemId);
  if (!item) throw fail('EXCHANGE_ITEM_NOT_FOUND');
  const { org, role } = await requireCatalogueKeeper(access, item.orgId);
  if (request.picture && request.picture !== item.picture) await requireItemPicture(services.photos, request.picture, openid);
  const edited = await repos.exchangeItems.edit(
    item._id,
    { name: request.name, note: request.note, picture: request.picture, priceCenti: toCenti(request.price), orgName: org.name },
    await access.actor(org._id, role),
    now,
  );
  if (!edited) throw fail('EXCHANGE_ITEM_NOT_FOUND');
  return managedItemView(edited, await services.photos.links(edited.picture ? [edited.picture] : []));
};
