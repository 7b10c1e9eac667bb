import type { CallFailure } from '../../services/call-result';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import { adminBranch, type AdminBranch } from './admin-branch';

/**
 * Which branch an admin page manages: the one in the page's query (`?branch=…&name=…`: a committee admin
 * opening a branch's pages), else the one the caller is secretary of (from the kept profile, no call).
 * A Problem to show instead when there is none or the profile could not be had.
 */
export async function branchForPage(query: { branch: string; name: string }, fresh = false): Promise<AdminBranch | Problem> {
  if (query.branch) return { branchId: query.branch, branchName: query.name };
  const found = await adminBranch(fresh);
  if (!found.ok) return problemOf(found);
  return (
    found.branch ??
    emptyProblem(
      '只有支部书记能管理支部',
      '导入名册、发邀请码、登记不纳入积分管理，由支部书记来做。如果您刚当上书记，请在“我的设置”里重新绑定。',
    )
  );
}

export const isProblem = (value: AdminBranch | Problem): value is Problem => 'state' in value;

/** A reply that says the kept profile is out of date (the caller's roles changed): worth one fresh look. */
export const saysProfileStale = (failure: CallFailure) => STALE_PROFILE_REASONS.includes(failure.reason);

/** The query that opens another admin page for the same branch (only a committee admin's pages carry one). */
export function branchQuery(query: { branch: string; name: string }): string {
  return query.branch ? `?branch=${encodeURIComponent(query.branch)}&name=${encodeURIComponent(query.name)}` : '';
}
