import type { RouteMap } from '../../server/runtime/route';

/** The notices function's actions: one contract + one handler each. */
export const noticesRoutes = {} satisfies RouteMap;
