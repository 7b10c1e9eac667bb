import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { homeAudienceOf } from '../../common/who-am-i';

/** The branch an officer page works on: where the caller is secretary or recorder. */
export interface OfficerBranch {
  branchId: string;
  branchName: string;
  role: 'secretary' | 'recorder';
}

export type OfficerBranchResult = { ok: true; branch: OfficerBranch | null } | CallFailure;

/**
 * Which branch the caller serves, from the profile kept on the phone (no call); asked once when there is
 * none, or when `fresh` is set (a reply said the kept one is out of date). `branch` is null for someone
 * who is no secretary or recorder (the page says so).
 */
export async function officerBranch(fresh = false): Promise<OfficerBranchResult> {
  const { session } = services();
  if (fresh) session.forget();
  let profile = session.profile();
  if (!profile) {
    const fetched = await session.refresh();
    if (!fetched.ok) return fetched;
    profile = fetched.data;
  }
  const audience = homeAudienceOf(profile);
  if (audience.kind !== 'officer' || audience.role.role === 'committeeAdmin') return { ok: true, branch: null };
  return { ok: true, branch: { branchId: audience.role.orgId, branchName: audience.role.orgName, role: audience.role.role } };
}

/** A client-side key that makes a retried write a no-op (IdempotencyKey: 8–64 letters, digits, - or _). */
export function newIdempotencyKey(): string {
  const random = Math.random().toString(36).slice(2, 12).padEnd(10, '0');
  return `mp-${Date.now().toString(36)}-${random}`;
}
