import type { CONTRACTS, RequestOf, ResponseOf } from '../../shared/index';

export type SchemeList = ResponseOf<typeof CONTRACTS.org.listSchemes>;
export type SchemeChoice = RequestOf<typeof CONTRACTS.org.setBranchScheme>['scheme'];

/** One scheme the committee may give the branch. */
export interface SchemeOption {
  key: string;
  name: string;
  detail: string;
  current: boolean;
  /** The words on the branch's scheme: 现在用的 (this year chosen), 2026年用的 (next year chosen). */
  tag: string;
}

/** What setBranchScheme takes for an option's key ("preset:001-xishui-town", "custom:qingshi-village@2"). */
export function choiceOf(key: string): SchemeChoice {
  const [kind, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  return kind === 'custom' ? { custom: value } : { preset: value };
}

const PERIOD = { month: '每月计分', quarter: '每季度计分' } as const;

/** "2026-10-12T02:30:00.000Z" → "2026年10月12日" (Beijing). */
function savedOn(iso: string): string {
  const beijing = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日`;
}

/** The presets, then the committee's own schemes (newest version first), the branch's current one marked. */
export function optionsOf(list: SchemeList, current: { id: string; version: number } | null): SchemeOption[] {
  const isCurrent = (id: string, version: number) => current !== null && current.id === id && current.version === version;
  return [
    ...list.custom.map((s) => ({
      key: `custom:${s.ref}`,
      name: s.name,
      detail: `本党委自定 · 第 ${s.version} 版（${savedOn(s.createdAt)}保存）· ${PERIOD[s.period]}`,
      current: isCurrent(s.id, s.version),
      tag: isCurrent(s.id, s.version) ? '现在用的' : '',
    })),
    ...list.presets.map((s) => ({
      key: `preset:${s.id}`,
      name: s.name,
      detail: `预置方案 · ${s.shortName} · ${PERIOD[s.period]}`,
      current: isCurrent(s.id, s.version),
      tag: isCurrent(s.id, s.version) ? '现在用的' : '',
    })),
  ];
}

/** "2026-11-01" → "11月1日". */
export function dayText(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日`;
}

/** What changing the scheme means, said before the committee confirms. */
export function consequencesOf(branch: string, year: number, thisYear: number, name: string, hasScheme: boolean): string {
  const what = hasScheme ? `${branch}${year}年改用《${name}》。` : `${branch}${year}年使用《${name}》。`;
  const rules = '党员能申报的项目、分值、公示周期和年度等次办法都按这个方案。';
  const pinned = year === thisYear && hasScheme ? '本年度已有申报、积分或评议结果的，方案已锁定，系统会拒绝更换。' : '';
  return `${what}${rules}${pinned}`;
}
