/** Asks before a change; resolves true when the committee admin taps `confirmText` (at most 4 characters: WeChat's limit). */
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
