import { z } from 'zod';
import { DocId, IdempotencyKey, Text } from '../common.schema';
import { defineContract } from '../define-contract';
import { CATALOGUE_KEEPER } from '../reasons/groups';
import { MAX_STOCK } from './add-item.schema';
import { ManagedItemView } from './exchange-views.schema';

/** Puts stock in (a positive change) or takes it out (negative: damaged, expired), recorded once per idempotency key. */
export const restockItem = defineContract({
  fn: 'exchange',
  action: 'restockItem',
  summary: '补货或出库：库存增加（正数）或减少（负数，如损坏、过期），每次都有记录',
  roles: '管理该目录的书记、记分员或上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      itemId: DocId,
      change: z
        .number()
        .int('件数应为整数')
        .min(-MAX_STOCK, `一次最多减少 ${MAX_STOCK} 件`)
        .max(MAX_STOCK, `一次最多增加 ${MAX_STOCK} 件`)
        .refine((n) => n !== 0, '件数不能为 0'),
      note: Text({ max: 100, empty: '说明不能为空白', tooLong: '说明最多 100 个字' }).nullable().default(null),
      idempotencyKey: IdempotencyKey,
    })
    .strict(),
  response: ManagedItemView,
  reasons: ['EXCHANGE_ITEM_NOT_FOUND', ...CATALOGUE_KEEPER, 'EXCHANGE_STOCK_SHORT', 'EXCHANGE_BUSY', 'IDEMPOTENCY_KEY_REUSED'],
});
