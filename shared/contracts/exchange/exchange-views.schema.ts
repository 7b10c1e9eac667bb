import { z } from 'zod';
import { PointsValue, Text } from '../common.schema';

/** Exchange points as pages show them: points with at most two decimals (stored as hundredths). */
const Points = z.number();

/** A price in exchange points: more than 0, at most two decimals. */
export const PriceValue = PointsValue.refine((v) => v > 0 && v <= 100_000, '兑换积分应大于 0、不超过 100000');
export const ItemName = Text({ max: 40, empty: '请填写物品名称', tooLong: '物品名称最多 40 个字' });
export const ItemNote = Text({ max: 200, empty: '说明不能为空白', tooLong: '说明最多 200 个字' });

/** An item of a catalogue as members see it. */
export const ExchangeItemView = z
  .object({
    itemId: z.string(),
    /** The org whose catalogue it is: the member's branch, or a committee above it (a community's 志愿服务超市). */
    orgId: z.string(),
    orgName: z.string(),
    name: z.string(),
    note: z.string().nullable(),
    /** A temporary link (2 hours) to the item's picture, or null. */
    pictureUrl: z.string().nullable(),
    price: Points,
    stock: z.number().int(),
  })
  .strict();
export type ExchangeItemView = z.infer<typeof ExchangeItemView>;

/** An item as the officers who keep the catalogue see it: its stock explained (on hand = put in − redeemed − taken out). */
export const ManagedItemView = ExchangeItemView.extend({
  /** The picture's fileID, to keep or replace it when editing. */
  picture: z.string().nullable(),
  status: z.enum(['active', 'retired']),
  supplied: z.number().int(),
  redeemed: z.number().int(),
  removed: z.number().int(),
  updatedAt: z.string(),
}).strict();
export type ManagedItemView = z.infer<typeof ManagedItemView>;

/**
 * A member's exchange balance for the year: `available` = `carried` (last year's balance, when the scheme
 * carries it over) + `earned` (this year's ledger lines) − `spent` (this year's redemptions). It can be
 * below 0 only when a ledger line was taken back after its points were spent; redeeming never makes it so.
 */
export const ExchangeBalance = z
  .object({
    year: z.number().int(),
    carried: Points,
    earned: Points,
    spent: Points,
    available: Points,
  })
  .strict();
export type ExchangeBalance = z.infer<typeof ExchangeBalance>;

/** The scheme's exchange setting, worded for the page. */
export const ExchangeRulesView = z
  .object({
    /** What earns: "全部加分" or the names of the categories and items that do. */
    earnFrom: z.string(),
    ratioPercent: z.number().int(),
    carryOver: z.boolean(),
    windows: z
      .object({ every: z.enum(['month', 'quarter']), at: z.enum(['start', 'end']), days: z.number().int() })
      .strict()
      .nullable(),
  })
  .strict();

/** Whether members may redeem today, and when the current or next window runs (Beijing dates; all null without windows). */
export const ExchangeWindowView = z
  .object({
    open: z.boolean(),
    from: z.string().nullable(),
    until: z.string().nullable(),
  })
  .strict();
export type ExchangeWindowView = z.infer<typeof ExchangeWindowView>;

/** A redemption: what was taken, for how many points, and whether the goods have been handed over. Times are ISO strings. */
export const RedemptionView = z
  .object({
    redemptionId: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    branchId: z.string(),
    itemId: z.string(),
    itemName: z.string(),
    orgName: z.string(),
    quantity: z.number().int(),
    /** The price of one, when redeemed. */
    price: Points,
    points: Points,
    /** The Beijing date it was redeemed on. */
    date: z.string(),
    at: z.string(),
    status: z.enum(['awaiting', 'handedOver']),
    handedOverAt: z.string().nullable(),
    /** Who handed the goods over (their name, else their role). */
    handedOverBy: z.string().nullable(),
  })
  .strict();
export type RedemptionView = z.infer<typeof RedemptionView>;
