import { createCloudFunction } from '../../server/runtime/create-cloud-function';
import { exchangeRoutes } from './routes';

/** 志愿服务超市: the catalogue and its stock, exchange balances, redemptions and hand-over. Deployed as cloud function "exchange". */
export const main = createCloudFunction(exchangeRoutes);
