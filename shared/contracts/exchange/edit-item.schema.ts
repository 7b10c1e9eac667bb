import { DocId, FileId } from '../common.schema';
import { z } from 'zod';
import { defineContract } from '../define-contract';
import { CATALOGUE_KEEPER } from '../reasons/groups';
import { PICTURE_REASONS } from './add-item.schema';
import { ItemName, ItemNote, ManagedItemView, PriceValue } from './exchange-views.schema';

/**
 * Changes an item's name, note, picture or price (stock changes through restockItem). A new price holds
 * for later redemptions only; a member who saw the old one is asked to confirm the new one.
 */
export const editItem = defineContract({
  fn: 'exchange',
  action: 'editItem',
  summary: '修改兑换物品的名称、说明、图片或兑换积分（库存用“补货/出库”调整）',
  roles: '管理该目录的书记、记分员或上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      itemId: DocId,
      name: ItemName,
      note: ItemNote.nullable().default(null),
      picture: FileId.nullable().default(null),
      price: PriceValue,
    })
    .strict(),
  response: ManagedItemView,
  reasons: ['EXCHANGE_ITEM_NOT_FOUND', ...CATALOGUE_KEEPER, ...PICTURE_REASONS],
});
