import { Access, requireOrg } from './access';
import { fail, invalidField } from '../errors/domain-error';
import type { MemberDoc } from '../members/member.doc';
import type { OrgDoc, OrgKind } from '../orgs/org.doc';
import type { Repositories } from '../repositories';
import type { RoleName } from '../roles/role.doc';

/**
 * Org-level authority checks used by the org function, on top of server/access/access.ts. Each checks the
 * caller's authority first, so a stranger learns nothing about an org (FORBIDDEN before NOT_FOUND).
 */

const KIND_NAMES: Record<OrgKind, string> = { committee: '党委', generalBranch: '党总支', branch: '党支部', group: '党小组' };

/** The org, which must be of one of `kinds`; NOT_FOUND when absent, VALIDATION on `field` otherwise. */
export async function requireOrgOfKind(access: Access, orgId: string, kinds: OrgKind[], field: string): Promise<OrgDoc> {
  const org = await requireOrg(access, orgId);
  if (!kinds.includes(org.kind))
    throw invalidField(field, `请选择${kinds.map((k) => KIND_NAMES[k]).join('或')}（这是${KIND_NAMES[org.kind]}）`);
  return org;
}

/** The committee an org belongs to (the root of its tree). */
export function committeeIdOf(org: OrgDoc): string {
  return org.kind === 'committee' ? org._id : org.ancestors[0];
}

/** Requires the caller to administer exactly this committee (not merely a committee above some org). */
export async function requireCommitteeAdminOf(access: Access, committeeId: string, field = 'committeeId'): Promise<OrgDoc> {
  const over = await access.requireCommitteeOver(committeeId);
  const org = await requireOrgOfKind(access, committeeId, ['committee'], field);
  if (over !== org._id) throw invalidField(field, '请选择党委');
  return org;
}

/**
 * Authority to give or take a role in an org: a committee's admins by an admin of that committee;
 * a branch's secretary by a committee admin over it; a recorder by the branch's secretary or a committee admin.
 */
export async function requireRoleAuthority(access: Access, orgId: string, role: RoleName): Promise<OrgDoc> {
  switch (role) {
    case 'committeeAdmin':
      return requireCommitteeAdminOf(access, orgId, 'orgId');
    case 'secretary':
      await access.requireCommitteeOver(orgId);
      return requireOrgOfKind(access, orgId, ['branch'], 'orgId');
    case 'recorder':
      await access.requireBranchRole(orgId, ['secretary', 'committeeAdmin']);
      return requireOrgOfKind(access, orgId, ['branch'], 'orgId');
  }
}

/** A member record by id (one read); NOT_FOUND MEMBER_NOT_FOUND when absent. */
export async function loadMember(repos: Pick<Repositories, 'members'>, memberId: string): Promise<MemberDoc> {
  const found = await repos.members.byId(memberId);
  if (!found) throw fail('MEMBER_NOT_FOUND');
  return found;
}
