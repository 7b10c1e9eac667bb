import type { RouteMap } from '../../server/runtime/route';

/** The exports function's actions: one contract + one handler each. */
export const exportsRoutes = {} satisfies RouteMap;
