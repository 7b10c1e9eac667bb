import { createCloudFunction } from '../../server/runtime/create-cloud-function';
import { homeRoutes } from './routes';

/** 首页: a member's points and a secretary's queue. Deployed as cloud function "home". */
export const main = createCloudFunction(homeRoutes);
