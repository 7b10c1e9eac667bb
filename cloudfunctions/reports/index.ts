import { createCloudFunction } from '../../server/runtime/create-cloud-function';
import { reportsRoutes } from './routes';

/** 申报与审核: reports, review, recorder entries, attendance. Deployed as cloud function "reports". */
export const main = createCloudFunction(reportsRoutes);
