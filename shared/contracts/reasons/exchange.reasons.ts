import { defineReasons } from './define-reasons';

/** The points exchange (志愿服务超市): catalogue, stock, balances, redemptions and hand-over (exchange function). */
export const EXCHANGE_REASONS = defineReasons({
  EXCHANGE_OFF: { code: 'CONFLICT', message: '本支部{year}年的积分方案不开展积分兑换' },
  EXCHANGE_ITEM_NOT_FOUND: { code: 'NOT_FOUND', message: '没有这件兑换物品' },
  EXCHANGE_ITEM_RETIRED: { code: 'CONFLICT', message: '“{item}”已下架' },
  EXCHANGE_ITEM_NOT_OFFERED: { code: 'FORBIDDEN', message: '“{item}”不在您所在支部的兑换目录中' },
  EXCHANGE_OUT_OF_STOCK: { code: 'CONFLICT', message: '“{item}”库存不足，现有 {stock} 件' },
  EXCHANGE_PRICE_CHANGED: { code: 'CONFLICT', message: '“{item}”的兑换积分已调整为 {price} 分，请确认后再兑换' },
  EXCHANGE_BALANCE_LOW: { code: 'CONFLICT', message: '兑换积分不足：需要 {needed} 分，可用 {available} 分' },
  EXCHANGE_WINDOW_CLOSED: { code: 'PERIOD_CLOSED', message: '现在不是兑换时间，下次兑换时间为 {from} 至 {until}' },
  EXCHANGE_BUSY: { code: 'CONFLICT', message: '兑换的人较多，请稍后再试' },
  EXCHANGE_STOCK_SHORT: { code: 'CONFLICT', message: '“{item}”现有 {stock} 件，不能减少 {change} 件' },
  REDEMPTION_NOT_FOUND: { code: 'NOT_FOUND', message: '没有这条兑换记录' },
  SELF_HANDOVER: { code: 'FORBIDDEN', message: '不能为本人的兑换登记领取，请由支部其他负责人登记' },
});
