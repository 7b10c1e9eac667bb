import type { RouteMap } from '../../server/runtime/route';

/** The publications function's actions: one contract + one handler each. */
export const publicationsRoutes = {} satisfies RouteMap;
