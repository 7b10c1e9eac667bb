/** Every page's path, for wx.navigateTo / wx.reLaunch (app.json lists the same pages). */
export const PAGES = {
  home: '/pages/home/home',
  bind: '/pages/bind/bind',
  settings: '/pages/settings/settings',
  /** Subpackage "dev": development identity and emulator settings. */
  devIdentity: '/dev/identity/identity',
  /** Subpackage "officer": 审核申报 (the review queue, one report, several at once). */
  officerReview: '/officer/review/review',
  /** Subpackage "officer": 会议考勤 (a meeting's attendance in one submit). */
  officerAttendance: '/officer/attendance/attendance',
  /** Subpackage "officer": 记分 (a recorder's entry for a member: an award or a deduction, with a reason). */
  officerEntry: '/officer/entry/entry',
} as const;
