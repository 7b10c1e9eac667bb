/**
 * wx's navigation and toast calls, each with a `fail` callback: called without one, newer base libraries
 * return a promise instead, and a failed navigation would reject unseen. A failure is logged (DevTools
 * shows it); there is nothing better a page can do about it.
 */
const logFailure = (what: string) => (error: { errMsg: string }) => console.warn(`${what} failed: ${error.errMsg}`);

/** Opens a page on top of this one (back returns here). */
export function openPage(url: string): void {
  wx.navigateTo({ url, fail: logFailure(`navigateTo ${url}`) });
}

/** Closes every page and opens `url` (after binding, after switching identity). */
export function restartAt(url: string): void {
  wx.reLaunch({ url, fail: logFailure(`reLaunch ${url}`) });
}

/** A short message that goes away by itself; text only (icons are too small to read). */
export function toast(title: string): void {
  wx.showToast({ title, icon: 'none', duration: 2500, fail: logFailure('showToast') });
}

export function stopPullDownRefresh(): void {
  wx.stopPullDownRefresh({ fail: logFailure('stopPullDownRefresh') });
}

/** Asks before something that cannot be undone; resolves true when the member taps `confirmText`. */
export function confirmDialog(title: string, content: string, confirmText: string, cancelText = '不了'): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      content,
      confirmText,
      cancelText,
      confirmColor: '#c8161d',
      success: (result) => resolve(result.confirm),
      fail: (error) => {
        logFailure('showModal')(error);
        resolve(false);
      },
    });
  });
}
