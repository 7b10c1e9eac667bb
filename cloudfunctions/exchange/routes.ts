import { addItem } from '../../shared/contracts/exchange/add-item.schema';
import { balanceStatement } from '../../shared/contracts/exchange/balance-statement.schema';
import { catalogue } from '../../shared/contracts/exchange/catalogue.schema';
import { editItem } from '../../shared/contracts/exchange/edit-item.schema';
import { handOverQueue } from '../../shared/contracts/exchange/hand-over-queue.schema';
import { listItems } from '../../shared/contracts/exchange/list-items.schema';
import { markHandedOver } from '../../shared/contracts/exchange/mark-handed-over.schema';
import { myRedemptions } from '../../shared/contracts/exchange/my-redemptions.schema';
import { redeem } from '../../shared/contracts/exchange/redeem.schema';
import { restockItem } from '../../shared/contracts/exchange/restock-item.schema';
import { retireItem } from '../../shared/contracts/exchange/retire-item.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { addItemHandler } from './actions/add-item.handler';
import { balanceStatementHandler } from './actions/balance-statement.handler';
import { catalogueHandler } from './actions/catalogue.handler';
import { editItemHandler } from './actions/edit-item.handler';
import { handOverQueueHandler } from './actions/hand-over-queue.handler';
import { listItemsHandler } from './actions/list-items.handler';
import { markHandedOverHandler } from './actions/mark-handed-over.handler';
import { myRedemptionsHandler } from './actions/my-redemptions.handler';
import { redeemHandler } from './actions/redeem.handler';
import { restockItemHandler } from './actions/restock-item.handler';
import { retireItemHandler } from './actions/retire-item.handler';

/** The exchange function's actions: one contract + one handler each. */
export const exchangeRoutes = {
  catalogue: route(catalogue, catalogueHandler),
  redeem: route(redeem, redeemHandler),
  myRedemptions: route(myRedemptions, myRedemptionsHandler),
  balanceStatement: route(balanceStatement, balanceStatementHandler),
  listItems: route(listItems, listItemsHandler),
  addItem: route(addItem, addItemHandler),
  editItem: route(editItem, editItemHandler),
  retireItem: route(retireItem, retireItemHandler),
  restockItem: route(restockItem, restockItemHandler),
  handOverQueue: route(handOverQueue, handOverQueueHandler),
  markHandedOver: route(markHandedOver, markHandedOverHandler),
} satisfies RouteMap;
