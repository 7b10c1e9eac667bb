import { addItem } from './add-item.schema';
import { balanceStatement } from './balance-statement.schema';
import { catalogue } from './catalogue.schema';
import { editItem } from './edit-item.schema';
import { handOverQueue } from './hand-over-queue.schema';
import { listItems } from './list-items.schema';
import { markHandedOver } from './mark-handed-over.schema';
import { myRedemptions } from './my-redemptions.schema';
import { redeem } from './redeem.schema';
import { restockItem } from './restock-item.schema';
import { retireItem } from './retire-item.schema';

/** Every action of the exchange function (志愿服务超市：商品目录与库存、兑换积分余额、兑换与领取). */
export const EXCHANGE_CONTRACTS = {
  catalogue,
  redeem,
  myRedemptions,
  balanceStatement,
  listItems,
  addItem,
  editItem,
  retireItem,
  restockItem,
  handOverQueue,
  markHandedOver,
};
