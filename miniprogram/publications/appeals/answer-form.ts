import type { CONTRACTS, RequestOf, ResponseOf } from '../../shared/index';
import { formatDelta, shortDate } from '../../common/format';

export type LedgerLine = ResponseOf<typeof CONTRACTS.home.memberLedger>['lines'][number];
export type AnswerRequest = RequestOf<typeof CONTRACTS.publications.answerAppeal>;

/** The dates a period key covers: '2026-11', '2026-Q4' or '2026'. */
export function periodRange(key: string): { from: string; to: string; label: string } {
  const year = Number(key.slice(0, 4));
  const month = /^\d{4}-(\d{2})$/.exec(key);
  const quarter = /^\d{4}-Q([1-4])$/.exec(key);
  const first = month ? Number(month[1]) : quarter ? (Number(quarter[1]) - 1) * 3 + 1 : 1;
  const last = month ? first : quarter ? first + 2 : 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const label = month ? `${year}年${first}月` : quarter ? `${year}年第${'一二三四'[Number(quarter[1]) - 1]}季度` : `${year}年度`;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}`, label };
}

/** A line of the member's ledger the branch may cancel: in the period, not a reversal, not reversed already. */
export interface LineChoice {
  entryId: string;
  text: string;
}

export function cancellableLines(lines: readonly LedgerLine[], key: string): LineChoice[] {
  const { from, to } = periodRange(key);
  const reversed = new Set(lines.map((l) => l.reverses).filter((id): id is string => id !== null));
  return lines
    .filter((l) => l.date >= from && l.date <= to && l.reverses === null && !reversed.has(l.entryId))
    .map((l) => ({ entryId: l.entryId, text: `${shortDate(l.date)} ${l.itemName} ${formatDelta(l.points)}分` }));
}

/** Items the member's ledger names this year: what a correction line may be (the scheme's full list is not offered to officers). */
export function itemsOf(lines: readonly LedgerLine[]): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const line of lines) if (!seen.has(line.itemCode)) seen.set(line.itemCode, line.itemName);
  return [...seen].map(([code, name]) => ({ code, name }));
}

/** What the secretary has filled in, as the page keeps it. */
export interface AnswerDraft {
  decision: 'accept' | 'reject';
  answer: string;
  correction: 'none' | 'cancel' | 'entry';
  entryId: string;
  itemCode: string;
  date: string;
  points: string;
}

/** The answerAppeal request, or what is missing (in words). */
export function answerRequestOf(
  appealId: string,
  draft: AnswerDraft,
): { ok: true; request: AnswerRequest } | { ok: false; message: string } {
  const answer = draft.answer.trim();
  if (answer.length < 2)
    return { ok: false, message: draft.decision === 'reject' ? '请写明不予采纳的理由，党员会看到。' : '请写几句答复，党员会看到。' };
  if (draft.decision === 'reject') return { ok: true, request: { appealId, decision: 'reject', answer } };
  if (draft.correction === 'none') return { ok: true, request: { appealId, decision: 'accept', answer } };
  if (draft.correction === 'cancel') {
    if (!draft.entryId) return { ok: false, message: '请选出要撤销的那条记录。' };
    return { ok: true, request: { appealId, decision: 'accept', answer, correction: { kind: 'cancel', entryId: draft.entryId } } };
  }
  if (!draft.itemCode) return { ok: false, message: '请选出补记的项目。' };
  if (!draft.date) return { ok: false, message: '请选出补记的日期。' };
  const points = draft.points.trim() === '' ? undefined : Number(draft.points);
  if (points !== undefined && !Number.isFinite(points)) return { ok: false, message: '分值请填数字，例如 5 或 2.5。' };
  return {
    ok: true,
    request: {
      appealId,
      decision: 'accept',
      answer,
      correction: { kind: 'entry', itemCode: draft.itemCode, date: draft.date, ...(points !== undefined ? { points } : {}) },
    },
  };
}
