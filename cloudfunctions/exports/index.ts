import { createCloudFunction } from '../../server/runtime/create-cloud-function';
import { exportsRoutes } from './routes';

/** 导出: the paper forms of 000 (A, B, C, D) and the committee summary as .xlsx files, handed out as temporary links. Deployed as cloud function "exports". */
export const main = createCloudFunction(exportsRoutes);
