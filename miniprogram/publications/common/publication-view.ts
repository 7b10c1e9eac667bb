import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { beijingDate, formatDelta, formatPoints, shortDate } from '../../common/format';

export type BoardReply = ResponseOf<typeof CONTRACTS.publications.publicationBoard>;
export type Summary = BoardReply['publication'];
export type BoardRow = BoardReply['board'][number];
export type Appeal = NonNullable<BoardReply['me']>['appeals'][number];

/** "2026-12-08T15:59:59.999Z" → "12月8日" (Beijing time: windows end at the end of a Beijing day). */
export const dayOf = (iso: string) => shortDate(beijingDate(iso));

/** A publication's header: what it is, where it stands, until when, in words. */
export interface HeadView {
  title: string;
  badge: string;
  tone: 'open' | 'waiting' | 'final';
  /** "公示至 12月8日", said plainly. */
  windowText: string;
  note: string;
}

export function headOf(p: Summary, now: Date): HeadView {
  const title = `${p.label}积分公示`;
  if (p.status === 'final')
    return {
      title,
      badge: '已定稿',
      tone: 'final',
      windowText: `公示至 ${dayOf(p.windowEndsAt)}（已结束）`,
      note: `${p.finalizedAt ? dayOf(p.finalizedAt) : ''}定稿，分数不再改动；以后的更正记在下一期。`,
    };
  if (now.getTime() <= Date.parse(p.windowEndsAt))
    return {
      title,
      badge: '公示中',
      tone: 'open',
      windowText: `公示至 ${dayOf(p.windowEndsAt)}`,
      note: `${dayOf(p.publishedAt)}发布。对分数有疑问，${dayOf(p.appealsUntil)}前可以提出异议。`,
    };
  return {
    title,
    badge: '等待答复异议',
    tone: 'waiting',
    windowText: `公示至 ${dayOf(p.windowEndsAt)}（已结束）`,
    note: '支部答复完异议后定稿。',
  };
}

/** One member's line on the board, ready to show. */
export interface RowView {
  memberId: string;
  name: string;
  mine: boolean;
  exempt: boolean;
  /** The big figure on the right: the period's score (several periods: the year so far). */
  score: string;
  scoreLabel: string;
  /** Small lines under the name: plus and minus (per period when there are several), the year, the grade, the rank. */
  lines: string[];
}

const periodLine = (p: BoardRow['periods'][number], withLabel: boolean) =>
  `${withLabel ? `${p.label.replace(/^\d{4}年/, '')} ${formatPoints(p.total)}分　` : ''}加分 ${formatDelta(p.plus)}　扣分 ${formatPoints(p.minus)}`;

export function rowOf(row: BoardRow, mineId: string | null): RowView {
  const base = { memberId: row.memberId, name: row.name, mine: row.memberId === mineId, exempt: row.exempt };
  if (row.exempt) return { ...base, score: '', scoreLabel: '', lines: ['不纳入积分管理'] };
  const single = row.periods.length === 1;
  const standing = [`全年 ${formatPoints(row.total)}分`];
  if (row.grade) standing.push(`等次 ${row.grade.name}`);
  if (row.stars !== null) standing.push(`${row.stars}星`);
  if (row.rank !== null) standing.push(`第${row.rank}名`);
  return {
    ...base,
    score: formatPoints(single ? row.periods[0].total : row.total),
    scoreLabel: single ? '本期' : '全年',
    lines: [...row.periods.map((p) => periodLine(p, !single)), standing.join('　')],
  };
}

/** The board in its order (pinyin, as the paper form), each row ready to show; the caller's own marked. */
export function rowsOf(board: readonly BoardRow[], mineId: string | null): RowView[] {
  return board.map((row) => rowOf(row, mineId));
}

/** An appeal as its member and the secretary read it. */
export interface AppealItem {
  appealId: string;
  memberId: string;
  memberName: string;
  reason: string;
  photos: { fileId: string; url: string }[];
  status: Appeal['status'];
  statusText: string;
  tone: 'open' | 'overdue' | 'accepted' | 'rejected';
  filedText: string;
  dueText: string;
  /** The branch's answer: the correction (accepted) or the reason (rejected). */
  answerTitle: string;
  answer: string;
}

export function appealItemOf(a: Appeal): AppealItem {
  const base = {
    appealId: a.appealId,
    memberId: a.memberId,
    memberName: a.memberName,
    reason: a.reason,
    photos: a.photos.filter((p) => p.url !== null).map((p) => ({ fileId: p.fileId, url: p.url ?? '' })),
    status: a.status,
    filedText: `${dayOf(a.filedAt)}提出`,
  };
  if (a.status === 'accepted')
    return {
      ...base,
      statusText: '已采纳',
      tone: 'accepted',
      dueText: a.answeredAt ? `${dayOf(a.answeredAt)}答复` : '',
      answerTitle: a.correctionEntryId ? '支部的答复（已更正积分）' : '支部的答复',
      answer: a.answer ?? '',
    };
  if (a.status === 'rejected')
    return {
      ...base,
      statusText: '未采纳',
      tone: 'rejected',
      dueText: a.answeredAt ? `${dayOf(a.answeredAt)}答复` : '',
      answerTitle: '没有采纳的理由',
      answer: a.answer ?? '',
    };
  return {
    ...base,
    statusText: a.overdue ? '已超过答复期限' : '等待支部答复',
    tone: a.overdue ? 'overdue' : 'open',
    dueText: a.overdue ? `答复期限是${dayOf(a.answerDue)}，已经过了` : `支部应在${dayOf(a.answerDue)}前答复`,
    answerTitle: '',
    answer: '',
  };
}
