import type { RouteMap } from '../../server/runtime/route';

/** The exchange function's actions: one contract + one handler each. */
export const exchangeRoutes = {} satisfies RouteMap;
