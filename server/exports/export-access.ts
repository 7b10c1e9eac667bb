import type { Access } from '../access/access';
import { fail } from '../errors/domain-error';
import type { MemberDoc } from '../members/member.doc';
import type { Repositories } from '../repositories';

/**
 * The member whose 表A the caller may export: their own record (the one named, or their only one), or a
 * member of a branch they record or lead, or of a branch under the committee they administer. Checks the
 * caller first for another's record, so a stranger learns nothing about it (FORBIDDEN before NOT_FOUND
 * only where the member exists: an unknown id is NOT_FOUND MEMBER_NOT_FOUND, as in memberLedger).
 */
export async function requireRecordMember(
  access: Access,
  repos: Pick<Repositories, 'members'>,
  memberId: string | undefined,
): Promise<MemberDoc> {
  if (memberId === undefined) return access.requireOwnMember();
  const [mine, target] = await Promise.all([access.members(), repos.members.byId(memberId)]);
  const own = mine.find((m) => m._id === memberId);
  if (own) return own;
  if (!target) throw fail('MEMBER_NOT_FOUND');
  await access.requireBranchRole(target.branchId, ['recorder', 'secretary', 'committeeAdmin']);
  return target;
}

/** Who exports a branch's tables (表B, 表D): its recorders and secretaries, and committee admins above it. */
export function requireBranchExporter(access: Access, branchId: string): Promise<unknown> {
  return access.requireBranchRole(branchId, ['recorder', 'secretary', 'committeeAdmin']);
}
