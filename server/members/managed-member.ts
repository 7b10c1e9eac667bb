import type { Access, ActingRole } from '../access/access';
import { loadMember } from '../access/org-authority';
import { fail } from '../errors/domain-error';
import type { Repositories } from '../repositories';
import type { MemberDoc } from './member.doc';

/**
 * A member record an officer acts on: it exists (NOT_FOUND MEMBER_NOT_FOUND), the caller holds one of
 * `roles` in its branch (FORBIDDEN NOT_BRANCH_OFFICER), and it has not moved away (CONFLICT MEMBER_INACTIVE).
 * Requests: member 1 + the caller's roles 1 (+ branch org 1 for a committee admin).
 */
export async function requireManagedMember(
  repos: Pick<Repositories, 'members'>,
  access: Access,
  memberId: string,
  roles: ActingRole[],
): Promise<MemberDoc> {
  const member = await loadMember(repos, memberId);
  await access.requireBranchRole(member.branchId, roles);
  if (!member.active) throw fail('MEMBER_INACTIVE', { name: member.name });
  return member;
}
