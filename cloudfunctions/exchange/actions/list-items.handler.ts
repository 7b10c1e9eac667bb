import { listItems } from '../../../shared/contracts/exchange/list-items.schema';
import { requireCatalogueKeeper } from '../../../server/exchange/catalogue-access';
import { managedItemView, picturesOf } from '../../../server/exchange/exchange-views';
import { itemPicturePrefix } from '../../../server/exchange/item-picture';
import { Handler } from '../../../server/runtime/route';

/**
 * A catalogue as the officers keeping it see it, oldest item first. Database requests: 3 — the org ∥ the
 * caller's roles, then the items (a committee admin's branch adds nothing: the org is read already).
 * Storage: one request for the pictures' links. `pictureFolder` tells the page where a new picture goes.
 */
export const listItemsHandler: Handler<typeof listItems> = async (request, { openid, services, access, repos }) => {
  const { org, kind } = await requireCatalogueKeeper(access, request.orgId);
  const items = await repos.exchangeItems.ofOrgs([org._id], request.includeRetired);
  const links = await services.photos.links(picturesOf(items));
  return {
    org: { orgId: org._id, name: org.name, kind },
    items: items.map((item) => managedItemView(item, links)),
    pictureFolder: itemPicturePrefix(openid),
  };
};
