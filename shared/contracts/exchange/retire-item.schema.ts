import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { CATALOGUE_KEEPER } from '../reasons/groups';
import { ManagedItemView } from './exchange-views.schema';

/** Takes an item off the catalogue (its redemptions stay), or puts a retired one back. */
export const retireItem = defineContract({
  fn: 'exchange',
  action: 'retireItem',
  summary: '下架兑换物品（已兑换的记录保留），或重新上架',
  roles: '管理该目录的书记、记分员或上级党委管理员',
  audience: 'signedIn',
  request: z.object({ itemId: DocId, retired: z.boolean().default(true) }).strict(),
  response: ManagedItemView,
  reasons: ['EXCHANGE_ITEM_NOT_FOUND', ...CATALOGUE_KEEPER],
});
