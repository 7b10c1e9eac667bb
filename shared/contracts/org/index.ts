import { bootstrapCommittee } from './bootstrap-committee.schema';
import { myProfile } from './my-profile.schema';
import { createOrg } from './create-org.schema';
import { listOrgs } from './list-orgs.schema';

/** Every action of the org function. */
export const ORG_CONTRACTS = {
  bootstrapCommittee,
  myProfile,
  createOrg,
  listOrgs,
};
