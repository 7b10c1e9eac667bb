import { bootstrapCommittee } from './bootstrap-committee.schema';
import { myProfile } from './my-profile.schema';
import { createOrg } from './create-org.schema';
import { listOrgs } from './list-orgs.schema';
import { listSchemes } from './list-schemes.schema';
import { saveCustomScheme } from './save-custom-scheme.schema';
import { setBranchScheme } from './set-branch-scheme.schema';
import { grantRole } from './grant-role.schema';
import { revokeRole } from './revoke-role.schema';
import { listRoles } from './list-roles.schema';
import { createInvite } from './create-invite.schema';
import { createRoleInvite } from './create-role-invite.schema';
import { bindWithCode } from './bind-with-code.schema';
import { importRoster } from './import-roster.schema';
import { addMember } from './add-member.schema';
import { updateMember } from './update-member.schema';
import { setMemberExempt } from './set-member-exempt.schema';
import { moveMember } from './move-member.schema';
import { unbindMember } from './unbind-member.schema';
import { listMembers } from './list-members.schema';
import { branchSettings } from './branch-settings.schema';

/** Every action of the org function. */
export const ORG_CONTRACTS = {
  bootstrapCommittee,
  myProfile,
  createOrg,
  listOrgs,
  listSchemes,
  saveCustomScheme,
  setBranchScheme,
  grantRole,
  revokeRole,
  listRoles,
  createInvite,
  createRoleInvite,
  bindWithCode,
  importRoster,
  addMember,
  updateMember,
  setMemberExempt,
  moveMember,
  unbindMember,
  listMembers,
  branchSettings,
};
