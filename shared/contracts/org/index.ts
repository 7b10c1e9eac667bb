import { bootstrapCommittee } from './bootstrap-committee.schema';
import { myProfile } from './my-profile.schema';

/** Every action of the org function. */
export const ORG_CONTRACTS = { bootstrapCommittee, myProfile };
