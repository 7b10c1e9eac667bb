import { fail } from '../errors/domain-error';
import type { MemberDoc } from '../members/member.doc';

/** The member a recorder enters points for: in this branch, active, under points management. */
export function requireScoredMemberOf(member: MemberDoc | null, branchId: string): MemberDoc {
  if (!member) throw fail('MEMBER_NOT_FOUND');
  if (member.branchId !== branchId || !member.active) throw fail('MEMBER_NOT_IN_BRANCH');
  if (member.exempt) throw fail('MEMBER_EXEMPT', { name: member.name });
  return member;
}
