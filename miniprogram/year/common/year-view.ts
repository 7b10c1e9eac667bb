import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { beijingDate, formatPoints, shortDate } from '../../common/format';

export type MyYear = ResponseOf<typeof CONTRACTS.year.myYear>;
export type YearTable = ResponseOf<typeof CONTRACTS.year.yearTable>;
type Result = NonNullable<MyYear['result']>;

const dayOf = (iso: string) => shortDate(beijingDate(iso));

/** Something that follows from the year, worded as help: what the branch will do with the member, not to them. */
export interface CareNote {
  title: string;
  text: string;
}

/** The member's year, ready to show. */
export interface YearView {
  year: number;
  decided: boolean;
  statusTitle: string;
  statusText: string;
  total: string;
  stars: number | null;
  grade: string;
  gradeText: string;
  reviews: string[];
  notes: CareNote[];
  decidedText: string;
}

const GRADE_NOTES: Record<NonNullable<Result['gradeNote']>, string> = {
  notGraded: '预备党员不评定等次，积分照常记录。',
  awaitingReview: '等次要等民主评议结果录入后评定。',
  noGrading: '本支部的积分方案不评定等次。',
};

/**
 * Warnings, flags, the escalation step and a veto, worded as the seeds do it at their kindest: a talk is
 * the branch helping (002: 约谈提醒并督促其提高; 004: 帮助其分析原因、改进提高), the rule's own words kept.
 */
export function careNotesOf(year: number, result: Result): CareNote[] {
  const notes: CareNote[] = [];
  for (const warning of result.warnings)
    notes.push({
      title: `支部会找您谈谈心（${warning.name}）`,
      text: `按${year}年的结果，方案规定：${warning.action}。这是帮您，不是处分：书记会和您一起找找原因、商量怎么提高。有什么难处，也可以先找书记说说。`,
    });
  for (const flag of result.flags)
    notes.push({
      title: `预备期：${flag.name}`,
      text: '入党介绍人和支部会和您谈心，帮您分析原因。来年多参加组织生活、做了事及时申报，积分就能提上来。',
    });
  if (result.escalation)
    notes.push({
      title: `连续第 ${result.escalation.count} 年需要帮助`,
      text: `方案规定：${result.escalation.action}。支部会安排专人帮您，一起把积分提上来。`,
    });
  if (result.veto)
    notes.push({
      title: result.veto.effect === 'zeroYear' ? '本年度积分计为零' : '本年度评为最低等次',
      text: `${shortDate(result.veto.date)}记有“${result.veto.name}”，按方案一票否决。如有异议，请向支部书记或上级党委提出。`,
    });
  return notes;
}

export function yearViewOf(reply: MyYear): YearView {
  const base = { year: reply.year, total: '', stars: null, grade: '', gradeText: '', reviews: [], notes: [], decidedText: '' };
  const result = reply.result;
  if (!result) {
    const proposed = reply.status === 'proposed';
    return {
      ...base,
      decided: false,
      statusTitle: proposed ? `${reply.year}年的等次正在审定` : `${reply.year}年的年度结果还没出来`,
      statusText: proposed
        ? '支部已经申报了年度等次，正在等上级党委审定。审定后，结果会在这里公布。'
        : '年底民主评议以后，支部申报等次、上级党委审定，结果会在这里公布。平时的积分请在首页查看。',
    };
  }
  return {
    ...base,
    decided: true,
    statusTitle: `${reply.year}年年度结果`,
    statusText: '',
    total: formatPoints(result.total),
    stars: result.stars,
    grade: result.grade?.name ?? '',
    gradeText: result.gradeNote ? GRADE_NOTES[result.gradeNote] : result.changedByCommittee ? '上级党委审定时调整了支部申报的等次。' : '',
    reviews: result.reviews.map(
      (r) =>
        `${result.reviews.length > 1 ? `第${r.round}次` : ''}民主评议：${r.gradeName}${r.points !== null ? `（${formatPoints(r.points)}分）` : ''}`,
    ),
    notes: careNotesOf(reply.year, result),
    decidedText: `${dayOf(result.decidedAt)}党委审定`,
  };
}

/** One earlier year in the history list: "2025年　合格　78分". */
export interface HistoryItem {
  year: number;
  text: string;
  stars: number | null;
}

export function historyOf(reply: MyYear): HistoryItem[] {
  return reply.history.map((h) => ({
    year: h.year,
    text: [h.grade?.name, `${formatPoints(h.total)}分`].filter(Boolean).join('　'),
    stars: h.stars,
  }));
}
