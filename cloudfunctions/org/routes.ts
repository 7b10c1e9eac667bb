import { bootstrapCommittee } from '../../shared/contracts/org/bootstrap-committee.schema';
import { myProfile } from '../../shared/contracts/org/my-profile.schema';
import { createOrg } from '../../shared/contracts/org/create-org.schema';
import { listOrgs } from '../../shared/contracts/org/list-orgs.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { bootstrapCommitteeHandler } from './actions/bootstrap-committee.handler';
import { myProfileHandler } from './actions/my-profile.handler';
import { createOrgHandler } from './actions/create-org.handler';
import { listOrgsHandler } from './actions/list-orgs.handler';

/** The org function's actions: one contract + one handler each. */
export const orgRoutes = {
  bootstrapCommittee: route(bootstrapCommittee, bootstrapCommitteeHandler),
  myProfile: route(myProfile, myProfileHandler),
  createOrg: route(createOrg, createOrgHandler),
  listOrgs: route(listOrgs, listOrgsHandler),
} satisfies RouteMap;
