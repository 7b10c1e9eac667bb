/** Whether the phone has a network at all (wx.getNetworkType answers "none" when it has not). */
export function isOffline(): Promise<boolean> {
  return new Promise((resolve) => {
    wx.getNetworkType({
      success: (result) => resolve(result.networkType === 'none'),
      fail: () => resolve(false),
    });
  });
}

/** Calls `listener` whenever the phone comes back online; returns the function that stops listening. */
export function onBackOnline(listener: () => void): () => void {
  const handler: WechatMiniprogram.OnNetworkStatusChangeCallback = (result) => {
    if (result.isConnected) listener();
  };
  wx.onNetworkStatusChange(handler);
  return () => wx.offNetworkStatusChange(handler as unknown as WechatMiniprogram.OffNetworkStatusChangeCallback);
}
