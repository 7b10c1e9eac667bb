import { bootstrapCommittee } from '../../shared/contracts/org/bootstrap-committee.schema';
import { myProfile } from '../../shared/contracts/org/my-profile.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { bootstrapCommitteeHandler } from './actions/bootstrap-committee.handler';
import { myProfileHandler } from './actions/my-profile.handler';

/** The org function's actions: one contract + one handler each. */
export const orgRoutes = {
  bootstrapCommittee: route(bootstrapCommittee, bootstrapCommitteeHandler),
  myProfile: route(myProfile, myProfileHandler),
} satisfies RouteMap;
