import { RouteMap } from '../../server/runtime/route';

/** The reports function's actions: one contract + one handler each. */
export const reportsRoutes = {} satisfies RouteMap;
