import { createCloudFunction } from '../../server/runtime/create-cloud-function';
import { yearRoutes } from './routes';

/** 年度: democratic review, year totals, grades proposed by the branch and decided by the committee. Deployed as cloud function "year". */
export const main = createCloudFunction(yearRoutes);
