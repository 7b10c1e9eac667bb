import { PAGES } from '../../common/pages';

/**
 * The tiles under the home's summary: the way into every other page. A page joins the home by adding
 * its tile here (`for` says who sees it). Large tiles with a word or two each, two to a row (one in care
 * mode). Care mode itself is the switch at the top of the home, where nobody has to scroll to find it.
 */
export interface HomeEntry {
  key: string;
  title: string;
  hint: string;
  url: string;
  for: 'everyone' | 'member' | 'officer' | 'secretary' | 'developer' | 'committee';
  /** A short count on the tile ("4 条等您审核"), filled in once the home knows it. */
  badge?: string;
}

export const HOME_ENTRIES: HomeEntry[] = [
  { key: 'committee', title: '党委总览', hint: '各支部情况、汇总表、积分方案', url: PAGES.committee, for: 'committee' },
  { key: 'review', title: '审核申报', hint: '看照片、定分、通过或驳回', url: PAGES.officerReview, for: 'officer' },
  { key: 'attendance', title: '会议考勤', hint: '开会时点名，一次提交', url: PAGES.officerAttendance, for: 'officer' },
  { key: 'admin', title: '支部管理', hint: '名册、邀请码、积分方案', url: PAGES.admin, for: 'secretary' },
  { key: 'publicationsManage', title: '公示管理', hint: '发布公示、答复异议', url: PAGES.publicationsManage, for: 'officer' },
  { key: 'yearTable', title: '年度积分表', hint: '全支部的等次', url: PAGES.yearTable, for: 'officer' },
  { key: 'report', title: '申报积分', hint: '做了好事，报给支部', url: PAGES.report, for: 'member' },
  { key: 'records', title: '我的申报', hint: '审核结果、积分明细', url: PAGES.records, for: 'member' },
  { key: 'publications', title: '公示栏', hint: '公示、确认、提异议', url: PAGES.publications, for: 'member' },
  { key: 'year', title: '年度结果', hint: '等次、星级、往年', url: PAGES.year, for: 'member' },
  { key: 'exchange', title: '积分兑换', hint: '看兑换积分，换物品', url: PAGES.exchange, for: 'member' },
  { key: 'exchangeHandOver', title: '兑换领取', hint: '登记领取、上架物品', url: PAGES.exchangeHandOver, for: 'officer' },
  { key: 'settings', title: '我的设置', hint: '身份、字号、绑定', url: PAGES.settings, for: 'everyone' },
  { key: 'dev', title: '测试身份', hint: '开发：切换本地账号', url: PAGES.devIdentity, for: 'developer' },
];

export function entriesFor(audience: {
  member: boolean;
  officer: boolean;
  secretary?: boolean;
  developer: boolean;
  /** A committee administrator (党委/组织办), whatever else they are. */
  committee?: boolean;
}): HomeEntry[] {
  return HOME_ENTRIES.filter(
    (entry) =>
      entry.for === 'everyone' ||
      (entry.for === 'member' && audience.member) ||
      (entry.for === 'officer' && audience.officer) ||
      (entry.for === 'secretary' && audience.secretary === true) ||
      (entry.for === 'developer' && audience.developer) ||
      (entry.for === 'committee' && audience.committee === true),
  );
}

/** The tiles with what the branch's home knows: the review tile says how many reports wait. */
export function withQueueCount(entries: HomeEntry[], queueSize: number): HomeEntry[] {
  return entries.map((entry) => (entry.key === 'review' ? { ...entry, badge: queueSize > 0 ? `${queueSize} 条等您审核` : '' } : entry));
}
