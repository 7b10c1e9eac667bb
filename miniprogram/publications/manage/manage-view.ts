import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { shortDate } from '../common/dates';
import { dayOf } from '../common/publication-view';
import { windowText } from '../common/window-end';

export type Draft = ResponseOf<typeof CONTRACTS.publications.draftPublication>;

/** Where the period stands and what the secretary can do about it, in words. */
export interface DraftView {
  periodKey: string;
  periodLabel: string;
  year: number;
  choiceLabels: string[];
  choiceIndex: number;
  /** 'publish': ready; 'published'; 'notOver'; 'pending': reports wait for review. */
  stage: 'publish' | 'published' | 'notOver' | 'pending';
  stageTitle: string;
  stageText: string;
  windowText: string;
  publicationId: string;
  members: number;
}

export function draftViewOf(draft: Draft, today: string): DraftView {
  const base = {
    periodKey: draft.period.key,
    periodLabel: draft.period.label,
    year: Number(draft.period.key.slice(0, 4)),
    choiceLabels: draft.choices.map((c) => (c.over ? c.label : `${c.label}（未结束）`)),
    choiceIndex: Math.max(
      0,
      draft.choices.findIndex((c) => c.key === draft.period.key),
    ),
    windowText: windowText(today, draft.window.days, draft.window.workdays),
    publicationId: draft.published?.publicationId ?? '',
    members: draft.board.filter((r) => !r.exempt).length,
  };
  if (draft.published)
    return {
      ...base,
      stage: 'published',
      stageTitle: draft.published.status === 'final' ? '已发布，已定稿' : '已发布',
      stageText: `${dayOf(draft.published.publishedAt)}发布，公示至 ${dayOf(draft.published.windowEndsAt)}。`,
    };
  if (!draft.periodOver)
    return {
      ...base,
      stage: 'notOver',
      stageTitle: '本期还没有结束',
      stageText: `${draft.period.label}到${shortDate(draft.period.to)}才结束，结束以后才能发布公示。下面是到今天为止的积分，仅供预览。`,
    };
  if (draft.pendingReports > 0)
    return {
      ...base,
      stage: 'pending',
      stageTitle: `还有 ${draft.pendingReports} 条申报没有审核`,
      stageText: '申报都审核完，才能发布公示（免得公示以后再改分）。请先到“审核申报”处理。',
    };
  return {
    ...base,
    stage: 'publish',
    stageTitle: '可以发布',
    stageText: `请先看一遍下面的积分。发布后${base.windowText}，公示期内党员可以查看并提出异议。`,
  };
}

/** What the confirm dialog says before publishing: the period, the window and what follows. */
export function publishConfirmText(view: DraftView): string {
  return `${view.periodLabel}的积分将向全支部公示，${view.windowText}。公示期内党员可以查看并提出异议；发布后本期不能再录入积分，更正只能通过答复异议。`;
}
