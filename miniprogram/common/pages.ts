/** Every page's path, for wx.navigateTo / wx.reLaunch (app.json lists the same pages). */
export const PAGES = {
  home: '/pages/home/home',
  bind: '/pages/bind/bind',
  settings: '/pages/settings/settings',
  /** Subpackage "dev": development identity and emulator settings. */
  devIdentity: '/dev/identity/identity',
} as const;
