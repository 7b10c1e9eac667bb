import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { beijingDate, shortDate } from '../../common/format';

export type MyAppealsReply = ResponseOf<typeof CONTRACTS.publications.myAppeals>;
export type MyAppeal = MyAppealsReply['appeals'][number];

/** One appeal as 我的异议 shows it, every line in words. */
export interface MyAppealItem {
  appealId: string;
  publicationId: string;
  /** "2026年11月的公示". */
  periodText: string;
  statusText: string;
  tone: 'open' | 'overdue' | 'accepted' | 'rejected';
  /** "12月4日提出" (with the year when it is not this year's). */
  filedText: string;
  reason: string;
  /** "附照片 2 张", or empty. */
  photosText: string;
  /** Who answered and when: "书记 王建国 12月5日答复". */
  answerTitle: string;
  answer: string;
  /** Until when the branch has to answer, or that the answer corrected the points. */
  note: string;
}

/** "2026-12-05T06:00:00.000Z" → "12月5日", or "2025年12月5日" when it is not `thisYear`'s. */
export function dayText(iso: string, thisYear: number): string {
  const date = beijingDate(iso);
  const day = shortDate(date);
  return Number(date.slice(0, 4)) === thisYear ? day : `${date.slice(0, 4)}年${day}`;
}

export function myAppealItemOf(a: MyAppeal, thisYear: number): MyAppealItem {
  const base = {
    appealId: a.appealId,
    publicationId: a.publicationId,
    periodText: `${a.periodLabel}的公示`,
    filedText: `${dayText(a.filedAt, thisYear)}提出`,
    reason: a.reason,
    photosText: a.photoCount > 0 ? `附照片 ${a.photoCount} 张` : '',
  };
  if (a.status === 'open')
    return {
      ...base,
      statusText: a.overdue ? '等待答复 · 已超期' : '等待答复',
      tone: a.overdue ? 'overdue' : 'open',
      answerTitle: '',
      answer: '',
      note: a.overdue
        ? `支部应在${dayText(a.answerDue, thisYear)}前答复，已经超过期限。可以当面问问支部书记。`
        : `支部应在${dayText(a.answerDue, thisYear)}前答复。`,
    };
  const who = a.answeredBy ? `${a.answeredBy} ` : '支部';
  const when = a.answeredAt ? `${dayText(a.answeredAt, thisYear)}答复` : '已答复';
  return {
    ...base,
    statusText: a.status === 'accepted' ? '已答复 · 已采纳' : '已答复 · 未采纳',
    tone: a.status,
    answerTitle: `${who}${when}`,
    answer: a.answer ?? '',
    note: a.status === 'accepted' && a.correctionEntryId ? '积分已按您的异议更正。' : '',
  };
}
