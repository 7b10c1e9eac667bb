import { createCloudFunction } from '../../server/runtime/create-cloud-function';
import { orgRoutes } from './routes';

/** 组织与党员: organisations, schemes, roles, roster, invites. Deployed as cloud function "org". */
export const main = createCloudFunction(orgRoutes);
