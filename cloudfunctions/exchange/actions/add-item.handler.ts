import { addItem } from '../../../shared/contracts/exchange/add-item.schema';
import { toCenti } from '../../../shared/points';
import { fail } from '../../../server/errors/domain-error';
import { requireCatalogueKeeper } from '../../../server/exchange/catalogue-access';
import { managedItemView } from '../../../server/exchange/exchange-views';
import { requireItemPicture } from '../../../server/exchange/item-picture';
import { idempotentId } from '../../../server/exchange/redemption.doc';
import { Handler } from '../../../server/runtime/route';

/**
 * Puts a new item in the org's catalogue with its first stock, under an id from the caller and the
 * idempotency key: a retry finds the item it added. Database requests: 3 — the org ∥ the caller's roles,
 * then the insert. Storage: the picture's checks and its link.
 */
export const addItemHandler: Handler<typeof addItem> = async (request, { openid, now, services, access, repos }) => {
  const { org, role } = await requireCatalogueKeeper(access, request.orgId);
  if (request.picture) await requireItemPicture(services.photos, request.picture, openid);
  const actor = await access.actor(org._id, role);
  const { created, item } = await repos.exchangeItems.insert({
    _id: idempotentId('exchange-item', openid, request.idempotencyKey),
    orgId: org._id,
    orgName: org.name,
    name: request.name,
    note: request.note,
    picture: request.picture,
    priceCenti: toCenti(request.price),
    stock: request.stock,
    supplied: request.stock,
    redeemed: 0,
    removed: 0,
    status: 'active',
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
    updatedBy: actor,
  });
  if (!created && (item.orgId !== org._id || item.createdBy.openid !== openid || item.name !== request.name)) {
    throw fail('IDEMPOTENCY_KEY_REUSED', { what: '件物品' });
  }
  return managedItemView(item, await services.photos.links(item.picture ? [item.picture] : []));
};
