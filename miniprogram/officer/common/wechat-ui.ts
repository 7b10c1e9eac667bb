/** Opens photos full-screen (wx.previewImage): the reviewer swipes through them and zooms in. */
export function previewPhotos(current: string, urls: string[]): void {
  wx.previewImage({ current, urls, fail: (error) => console.warn(`previewImage failed: ${error.errMsg}`) });
}

/** Back to the top of the page (after a view inside the page changed). */
export function scrollToTop(): void {
  if (typeof wx.pageScrollTo === 'function') wx.pageScrollTo({ scrollTop: 0, duration: 0, fail: () => undefined });
}
