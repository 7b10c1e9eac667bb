import { RouteMap } from '../../server/runtime/route';

/** The home function's actions: one contract + one handler each. */
export const homeRoutes = {} satisfies RouteMap;
