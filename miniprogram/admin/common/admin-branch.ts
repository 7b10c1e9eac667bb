import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { homeAudienceOf } from '../../common/who-am-i';

/** The branch the admin pages manage: where the caller is secretary. */
export interface AdminBranch {
  branchId: string;
  branchName: string;
}

export type AdminBranchResult = { ok: true; branch: AdminBranch | null } | CallFailure;

/**
 * Which branch the caller keeps as its secretary, from the profile kept on the phone (no call); asked once
 * when there is none, or when `fresh` is set (a reply said the kept one is out of date). `branch` is null for
 * anyone else (the page says who may use it).
 */
export async function adminBranch(fresh = false): Promise<AdminBranchResult> {
  const { session } = services();
  if (fresh) session.forget();
  let profile = session.profile();
  if (!profile) {
    const fetched = await session.refresh();
    if (!fetched.ok) return fetched;
    profile = fetched.data;
  }
  const audience = homeAudienceOf(profile);
  if (audience.kind !== 'officer' || audience.role.role !== 'secretary') return { ok: true, branch: null };
  return { ok: true, branch: { branchId: audience.role.orgId, branchName: audience.role.orgName } };
}

/** "2026-12-04T03:00:00.000Z" → "12月4日" (Beijing date). */
export function dayOf(iso: string): string {
  const beijing = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日`;
}

/** "2026-03-01T…" → "2026年3月1日" (Beijing date). */
export function fullDayOf(iso: string): string {
  const beijing = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日`;
}

/** Asks before a change; resolves true when the secretary taps `confirmText`. */
export function confirmChange(title: string, content: string, confirmText: string): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      content,
      confirmText,
      cancelText: '不了',
      confirmColor: '#c8161d',
      success: (result) => resolve(result.confirm),
      fail: () => resolve(false),
    });
  });
}
