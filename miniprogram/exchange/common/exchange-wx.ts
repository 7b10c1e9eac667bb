import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { homeAudienceOf } from '../../common/who-am-i';

/** The branch whose exchange an officer looks after: where the caller is secretary or recorder. */
export interface KeeperBranch {
  branchId: string;
  branchName: string;
}

export type KeeperBranchResult = { ok: true; branch: KeeperBranch | null } | CallFailure;

/** From the profile kept on the phone (no call); asked once when there is none, or when `fresh` is set. */
export async function keeperBranch(fresh = false): Promise<KeeperBranchResult> {
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
  return { ok: true, branch: { branchId: audience.role.orgId, branchName: audience.role.orgName } };
}

/** A client-side key that makes a retried write a no-op (IdempotencyKey: 8–64 letters, digits, - or _). */
export function newIdempotencyKey(): string {
  const random = Math.random().toString(36).slice(2, 12).padEnd(10, '0');
  return `mp-${Date.now().toString(36)}-${random}`;
}

/** Asks before something that cannot be undone; resolves true when the person taps `confirmText`. */
export function confirmDialog(title: string, content: string, confirmText: string): Promise<boolean> {
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

/** One picture from the album or the camera (WeChat's compressed copy); '' when cancelled. */
export function pickPicture(): Promise<string> {
  return new Promise((resolve) => {
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
      success: (result) => resolve(result.tempFiles[0]?.tempFilePath ?? ''),
      fail: () => resolve(''),
    });
  });
}

/** The picture's name in storage: "<folder>item-<time>.<ext>" (the function checks the folder and the extension). */
export function picturePath(folder: string, filePath: string): string {
  const ext = /\.(jpe?g|png|gif|webp|heic)$/i.exec(filePath)?.[1]?.toLowerCase() ?? 'jpg';
  return `${folder}item-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.${ext}`;
}

/** Back to the top of the page (after a view inside the page changed). */
export function scrollToTop(): void {
  if (typeof wx.pageScrollTo === 'function') wx.pageScrollTo({ scrollTop: 0, duration: 0, fail: () => undefined });
}
