import { PAGES } from '../../common/pages';

/**
 * The tiles under the home's summary: the way into every other page. A page joins the home by adding
 * its tile here (`for` says who sees it). Large tiles with a word or two each, two to a row.
 */
export interface HomeEntry {
  key: string;
  title: string;
  hint: string;
  /** A page to open; without it the home handles the tap itself (care mode switches at once). */
  url?: string;
  for: 'everyone' | 'member' | 'officer' | 'developer';
}

export const HOME_ENTRIES: HomeEntry[] = [
  { key: 'care', title: '大字模式', hint: '', for: 'everyone' },
  { key: 'settings', title: '我的设置', hint: '身份、字号、重新绑定', url: PAGES.settings, for: 'everyone' },
  { key: 'dev', title: '测试身份', hint: '开发：切换本地账号', url: PAGES.devIdentity, for: 'developer' },
];

export function entriesFor(audience: { member: boolean; officer: boolean; developer: boolean }, care: boolean): HomeEntry[] {
  const shown = HOME_ENTRIES.filter(
    (entry) =>
      entry.for === 'everyone' ||
      (entry.for === 'member' && audience.member) ||
      (entry.for === 'officer' && audience.officer) ||
      (entry.for === 'developer' && audience.developer),
  );
  return withCareHint(shown, care);
}

/** The care-mode tile says whether it is on and what a tap does. */
export function withCareHint(entries: HomeEntry[], care: boolean): HomeEntry[] {
  return entries.map((entry) => (entry.key === 'care' ? { ...entry, hint: care ? '已打开，点一下关闭' : '已关闭，点一下打开' } : entry));
}
