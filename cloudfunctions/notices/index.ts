import { createCloudFunction } from '../../server/runtime/create-cloud-function';
import { noticesRoutes } from './routes';

/** 订阅消息: what members and officers agreed to receive, and what was sent or refused. Deployed as cloud function "notices". */
export const main = createCloudFunction(noticesRoutes);
