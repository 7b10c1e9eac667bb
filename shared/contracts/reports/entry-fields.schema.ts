import { z } from 'zod';
import { ItemCode, PointsValue, Text } from '../common.schema';

/** The item-specific fields of a report or entry; the pinned scheme decides which ones an item takes. */
export const EntryFieldsRequest = {
  points: PointsValue.optional(),
  level: ItemCode.optional(),
  quantity: z.number().int().min(1, '次数应为不小于 1 的整数').max(10_000).optional(),
  post: ItemCode.optional(),
};

/** Why a reviewer or recorder did something: kept on the ledger line. */
export const Reason = (max: number) => Text({ max, empty: '请填写原因' });
