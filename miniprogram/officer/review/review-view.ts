import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { formatDelta, formatPoints, shortDate } from '../../common/format';
import { beijingDay } from '../common/dates';
import { choicesOf, ruleText, type ItemRule, type PointsChoices, type PointsPick } from '../common/item-points';

export type ReviewQueue = ResponseOf<typeof CONTRACTS.reports.reviewQueue>;
export type QueueReport = ReviewQueue['reports'][number];
export type QueueItemRule = ReviewQueue['items'][number];

/** A report in the queue, as its card shows it. */
export interface QueueCard {
  reportId: string;
  name: string;
  itemName: string;
  dateText: string;
  claimText: string;
  waitText: string;
  /** Waiting a week or more: the card says so in the warning colour. */
  waitLong: boolean;
  photoText: string;
  /** What approving it as proposed records (the batch confirmation). */
  batchText: string;
  /** It can be approved as proposed, with others at once (a range item without points needs the reviewer's). */
  batchable: boolean;
}

export interface PhotoTile {
  key: string;
  url: string;
  /** The file is gone (url null): the tile says so instead of a picture. */
  missing: boolean;
}

/** One report opened for review. */
export interface ReportDetail {
  reportId: string;
  name: string;
  itemName: string;
  categoryName: string;
  dateText: string;
  waitText: string;
  description: string;
  photos: PhotoTile[];
  /** The member's proposal in words ("7.5 分", "县级表彰 +2 分", "没有提出分值"), '' for a fixed item. */
  proposalText: string;
  /** Some photo can be shown (a lost one cannot). */
  anyPhoto: boolean;
  /** The item's rule in words ("0–10 分，每档 0.5 分"). */
  ruleText: string;
  textCheckNote: string;
  /** null: the rules are not known (the year's scheme changed); approving says why. */
  choices: PointsChoices | null;
  pick: PointsPick;
}

export const WAIT_LONG_DAYS = 7;

/** The rule of a report's item, as its pinned scheme has it (by the report's year and item code). */
export function ruleOf(items: readonly QueueItemRule[], report: QueueReport): ItemRule | null {
  const year = Number(report.date.slice(0, 4));
  return items.find((i) => i.code === report.itemCode && i.year === year) ?? null;
}

/** "今天提交", "昨天提交", "已等 5 天" (Beijing days). */
export function waitText(submittedAt: string, now: Date): { text: string; long: boolean } {
  const days = Math.max(0, Math.round((Date.parse(beijingDay(now.toISOString())) - Date.parse(beijingDay(submittedAt))) / 86_400_000));
  return { text: days === 0 ? '今天提交' : days === 1 ? '昨天提交' : `已等 ${days} 天`, long: days >= WAIT_LONG_DAYS };
}

/** What the member asked for, in words. */
export function claimText(report: QueueReport, rule: ItemRule | null): string {
  const p = rule?.points;
  if (!p) return report.points !== null ? `申报 ${formatPoints(report.points)} 分` : '';
  switch (p.kind) {
    case 'fixed':
      return `${formatDelta(p.value)} 分`;
    case 'range':
      return report.points !== null ? `申报 ${formatPoints(report.points)} 分` : '未提分值，由您定分';
    case 'levels': {
      const level = p.levels.find((l) => l.code === report.level);
      return level ? `${level.name} ${formatDelta(level.value)} 分` : '未选级别，由您选定';
    }
    case 'perOccurrence': {
      const quantity = report.quantity ?? 1;
      return `${quantity} ${p.unit}，共 ${formatDelta(Math.round(p.value * quantity * 100) / 100)} 分`;
    }
    case 'veto':
      return '一票否决';
  }
}

/** What the member proposed, for the detail ("党员申报：8 分"). */
export function proposalText(report: QueueReport, rule: ItemRule | null): string {
  if (rule?.points.kind === 'range' || !rule)
    return report.points !== null ? `${formatPoints(report.points)} 分` : '没有提出分值，请您定分';
  return claimText(report, rule);
}

/** What approving it as proposed records ("+8 分", "县级表彰 +2 分"): the batch confirmation's words. */
export function batchText(report: QueueReport, rule: ItemRule | null): string {
  if (rule?.points.kind === 'range' && report.points !== null) return `${formatDelta(report.points)} 分`;
  return claimText(report, rule);
}

/** Approvable as proposed: the proposal fills every choice the item needs. */
export function isBatchable(report: QueueReport, rule: ItemRule | null): boolean {
  const p = rule?.points;
  if (!p) return false;
  if (p.kind === 'range') return report.points !== null;
  if (p.kind === 'levels') return p.levels.some((l) => l.code === report.level);
  return p.kind !== 'veto';
}

export function queueCard(report: QueueReport, rule: ItemRule | null, now: Date): QueueCard {
  const wait = waitText(report.submittedAt, now);
  return {
    reportId: report.reportId,
    name: report.memberName,
    itemName: report.itemName,
    dateText: shortDate(report.date),
    claimText: claimText(report, rule),
    waitText: wait.text,
    waitLong: wait.long,
    photoText: report.photos.length > 0 ? `${report.photos.length} 张照片` : '没有照片',
    batchText: batchText(report, rule),
    batchable: isBatchable(report, rule),
  };
}

export function reportDetail(report: QueueReport, rule: ItemRule | null, now: Date): ReportDetail {
  const pick: PointsPick = { points: report.points, level: report.level, quantity: report.quantity };
  const p = rule?.points;
  return {
    reportId: report.reportId,
    name: report.memberName,
    itemName: report.itemName,
    categoryName: rule?.categoryName ?? '',
    dateText: `${shortDate(report.date)}的事`,
    waitText: waitText(report.submittedAt, now).text,
    description: report.description,
    photos: report.photos.map((photo, i) => ({ key: `${i}`, url: photo.url ?? '', missing: photo.url === null })),
    proposalText: p?.kind === 'fixed' ? '' : proposalText(report, rule),
    anyPhoto: report.photos.some((photo) => photo.url !== null),
    ruleText: rule ? ruleText(rule) : '',
    textCheckNote: report.textCheck === 'review' ? '系统提示：这段说明里可能有不适宜的内容，请看一下再决定。' : '',
    choices: rule ? choicesOf(rule, pick) : null,
    pick,
  };
}

/** The 驳回 reasons offered as buttons (the reviewer may change the words or write their own). */
export const COMMON_REJECT_REASONS = ['照片看不清，或没有照片', '和申报的项目对不上', '日期不对', '重复申报了', '情况不属实'];
