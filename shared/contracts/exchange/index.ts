/** Every action of the exchange function (志愿服务超市：商品目录与库存、兑换积分余额、兑换与领取). */
export const EXCHANGE_CONTRACTS = {};
