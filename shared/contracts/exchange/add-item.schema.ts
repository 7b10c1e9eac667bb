import { z } from 'zod';
import { DocId, FileId, IdempotencyKey } from '../common.schema';
import { defineContract } from '../define-contract';
import { CATALOGUE_KEEPER } from '../reasons/groups';
import { ItemName, ItemNote, ManagedItemView, PriceValue } from './exchange-views.schema';

export const MAX_STOCK = 100_000;
/** Item pictures: uploaded by the officer under exchange/<openid>/ (database/storage-rules.json). */
export const PICTURE_REASONS = ['PHOTO_NOT_OWN', 'PHOTO_NOT_IMAGE', 'PHOTO_OTHER_ENV', 'PHOTO_MISSING', 'PHOTO_UNREADABLE'] as const;

/** Puts a new item in a catalogue (a branch's, or a committee's for all its branches), with its first stock. */
export const addItem = defineContract({
  fn: 'exchange',
  action: 'addItem',
  summary: '上架兑换物品：名称、说明、图片（可选）、兑换积分和初始库存',
  roles: '支部的书记、记分员（支部的目录）；上级党委管理员（支部或党委的目录）',
  audience: 'signedIn',
  request: z
    .object({
      orgId: DocId,
      name: ItemName,
      note: ItemNote.nullable().default(null),
      picture: FileId.nullable().default(null),
      price: PriceValue,
      stock: z.number().int().min(0, '库存不能小于 0').max(MAX_STOCK, `库存最多 ${MAX_STOCK} 件`),
      idempotencyKey: IdempotencyKey,
    })
    .strict(),
  response: ManagedItemView,
  reasons: [...CATALOGUE_KEEPER, 'IDEMPOTENCY_KEY_REUSED', ...PICTURE_REASONS],
});
