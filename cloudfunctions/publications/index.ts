import { createCloudFunction } from '../../server/runtime/create-cloud-function';
import { publicationsRoutes } from './routes';

/** 公示: a period's scores shown to the branch, appeals, sign-off and seals. Deployed as cloud function "publications". */
export const main = createCloudFunction(publicationsRoutes);
