import { bootstrapCommittee } from '../../shared/contracts/org/bootstrap-committee.schema';
import { myProfile } from '../../shared/contracts/org/my-profile.schema';
import { createOrg } from '../../shared/contracts/org/create-org.schema';
import { listOrgs } from '../../shared/contracts/org/list-orgs.schema';
import { listSchemes } from '../../shared/contracts/org/list-schemes.schema';
import { saveCustomScheme } from '../../shared/contracts/org/save-custom-scheme.schema';
import { setBranchScheme } from '../../shared/contracts/org/set-branch-scheme.schema';
import { grantRole } from '../../shared/contracts/org/grant-role.schema';
import { revokeRole } from '../../shared/contracts/org/revoke-role.schema';
import { listRoles } from '../../shared/contracts/org/list-roles.schema';
import { createInvite } from '../../shared/contracts/org/create-invite.schema';
import { createRoleInvite } from '../../shared/contracts/org/create-role-invite.schema';
import { bindWithCode } from '../../shared/contracts/org/bind-with-code.schema';
import { importRoster } from '../../shared/contracts/org/import-roster.schema';
import { addMember } from '../../shared/contracts/org/add-member.schema';
import { updateMember } from '../../shared/contracts/org/update-member.schema';
import { setMemberExempt } from '../../shared/contracts/org/set-member-exempt.schema';
import { moveMember } from '../../shared/contracts/org/move-member.schema';
import { unbindMember } from '../../shared/contracts/org/unbind-member.schema';
import { listMembers } from '../../shared/contracts/org/list-members.schema';
import { branchSettings } from '../../shared/contracts/org/branch-settings.schema';
import { route, RouteMap } from '../../server/runtime/route';
import { bootstrapCommitteeHandler } from './actions/bootstrap-committee.handler';
import { myProfileHandler } from './actions/my-profile.handler';
import { createOrgHandler } from './actions/create-org.handler';
import { listOrgsHandler } from './actions/list-orgs.handler';
import { listSchemesHandler } from './actions/list-schemes.handler';
import { saveCustomSchemeHandler } from './actions/save-custom-scheme.handler';
import { setBranchSchemeHandler } from './actions/set-branch-scheme.handler';
import { grantRoleHandler } from './actions/grant-role.handler';
import { revokeRoleHandler } from './actions/revoke-role.handler';
import { listRolesHandler } from './actions/list-roles.handler';
import { createInviteHandler } from './actions/create-invite.handler';
import { createRoleInviteHandler } from './actions/create-role-invite.handler';
import { bindWithCodeHandler } from './actions/bind-with-code.handler';
import { importRosterHandler } from './actions/import-roster.handler';
import { addMemberHandler } from './actions/add-member.handler';
import { updateMemberHandler } from './actions/update-member.handler';
import { setMemberExemptHandler } from './actions/set-member-exempt.handler';
import { moveMemberHandler } from './actions/move-member.handler';
import { unbindMemberHandler } from './actions/unbind-member.handler';
import { listMembersHandler } from './actions/list-members.handler';
import { branchSettingsHandler } from './actions/branch-settings.handler';

/** The org function's actions: one contract + one handler each. */
export const orgRoutes = {
  bootstrapCommittee: route(bootstrapCommittee, bootstrapCommitteeHandler),
  myProfile: route(myProfile, myProfileHandler),
  createOrg: route(createOrg, createOrgHandler),
  listOrgs: route(listOrgs, listOrgsHandler),
  listSchemes: route(listSchemes, listSchemesHandler),
  saveCustomScheme: route(saveCustomScheme, saveCustomSchemeHandler),
  setBranchScheme: route(setBranchScheme, setBranchSchemeHandler),
  grantRole: route(grantRole, grantRoleHandler),
  revokeRole: route(revokeRole, revokeRoleHandler),
  listRoles: route(listRoles, listRolesHandler),
  createInvite: route(createInvite, createInviteHandler),
  createRoleInvite: route(createRoleInvite, createRoleInviteHandler),
  bindWithCode: route(bindWithCode, bindWithCodeHandler),
  importRoster: route(importRoster, importRosterHandler),
  addMember: route(addMember, addMemberHandler),
  updateMember: route(updateMember, updateMemberHandler),
  setMemberExempt: route(setMemberExempt, setMemberExemptHandler),
  moveMember: route(moveMember, moveMemberHandler),
  unbindMember: route(unbindMember, unbindMemberHandler),
  listMembers: route(listMembers, listMembersHandler),
  branchSettings: route(branchSettings, branchSettingsHandler),
} satisfies RouteMap;
