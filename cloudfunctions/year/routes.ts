import type { RouteMap } from '../../server/runtime/route';

/** The year function's actions: one contract + one handler each. */
export const yearRoutes = {} satisfies RouteMap;
