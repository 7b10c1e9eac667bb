/** Every page's path, for wx.navigateTo / wx.reLaunch (app.json lists the same pages). */
export const PAGES = {
  home: '/pages/home/home',
  bind: '/pages/bind/bind',
  settings: '/pages/settings/settings',
  /** Subpackage "member" (preloaded by the home, app.json preloadRule): 申报, report an item with photos. */
  report: '/member/report/report',
  /** Subpackage "member": 我的申报 and 积分明细 (`?tab=ledger`). */
  records: '/member/records/records',
  /** Subpackage "dev": development identity and emulator settings. */
  devIdentity: '/dev/identity/identity',
  /** Subpackage "officer": 审核申报 (the review queue, one report, several at once). */
  officerReview: '/officer/review/review',
  /** Subpackage "officer": 会议考勤 (a meeting's attendance in one submit). */
  officerAttendance: '/officer/attendance/attendance',
  /** Subpackage "officer": 记分 (a recorder's entry for a member: an award or a deduction, with a reason). */
  officerEntry: '/officer/entry/entry',
  /** Subpackage "admin": 支部管理 for the secretary (scheme, ranking switch, the ways to the pages below). */
  admin: '/admin/branch/branch',
  /** Subpackage "admin": 导入党员名册 (an .xlsx picked from a chat). */
  adminRoster: '/admin/roster/roster',
  /** Subpackage "admin": 邀请码 (each member's code, to bind their WeChat). */
  adminInvites: '/admin/invites/invites',
  /** Subpackage "admin": 不纳入积分管理 (exempt members, their reason and since when). */
  adminExempt: '/admin/exempt/exempt',
  /** Subpackage "committee": 党委总览 (every branch's publications, appeals, reports and grades; the summary's export). */
  committee: '/committee/summary/summary',
  /** Subpackage "committee": 积分方案 — the committee chooses a branch's scheme (`?branch=&name=&year=&scheme=&version=`). */
  committeeScheme: '/committee/scheme/scheme',
  /** Subpackage "exchange": 积分兑换 (志愿服务超市) — the catalogue, my balance, redeem. */
  exchange: '/exchange/market/market',
  /** Subpackage "exchange": 我的兑换 and 兑换积分明细 (`?tab=statement`). */
  exchangeMine: '/exchange/mine/mine',
  /** Subpackage "exchange": 领取登记 for the branch's recorder and secretary (goods handed over). */
  exchangeHandOver: '/exchange/handover/handover',
  /** Subpackage "exchange": 兑换物品 — the catalogue's upkeep (add, edit, retire, restock). */
  exchangeItems: '/exchange/items/items',
  /** Subpackage "publications": 公示栏 (the branch's publications, each board, appeals, sign-off). */
  publications: '/publications/list/list',
  /** Subpackage "publications": 公示管理 for officers (draft, publish, board settings). */
  publicationsManage: '/publications/manage/manage',
  /** Subpackage "publications": 我的异议 (the member's appeals of this year and last, with the answers). */
  myAppeals: '/publications/appeals-mine/appeals-mine',
  /** Subpackage "year": 年度结果 (the member's year, and the branch's table for officers). */
  year: '/year/result/result',
  /** Subpackage "year": the branch's year table, for officers. */
  yearTable: '/year/table/table',
} as const;
