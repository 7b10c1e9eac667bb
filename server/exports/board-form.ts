import { LocalDate, localDateOf, parsePeriodKey, periodIndexOf, periodsOfYear } from '../../shared/period';
import type { PeriodUnit } from '../../shared/period';
import type { PublicationDoc, BoardRow } from '../publications/publication.doc';
import type { BoardFormData, PlusMinus } from './export-forms';
import { fromCenti, toCenti } from '../../shared/points';

const QUARTERS = ['一', '二', '三', '四'];

/** What the board runs to: a quarter (1–4) or the whole year, with its last day and label. */
export interface BoardSpan {
  year: number;
  /** The number of quarters the board covers (4 for the year). */
  quarters: number;
  kind: 'quarter' | 'year';
  key: string;
  to: LocalDate;
  label: string;
}

export function boardSpanOf(key: string): BoardSpan {
  const year = Number(key.slice(0, 4));
  const quarter = parsePeriodKey(key);
  if (quarter)
    return {
      year,
      quarters: quarter.index + 1,
      kind: 'quarter',
      key,
      to: quarter.end,
      label: `截至${year}年第${QUARTERS[quarter.index]}季度`,
    };
  return { year, quarters: 4, kind: 'year', key, to: `${year}-12-31`, label: `${year}年度` };
}

/** The scoring periods the board needs: those of the covered quarters that the branch scores (from its scoring start). */
export function neededPeriods(unit: PeriodUnit, span: BoardSpan, scoringFrom: LocalDate): string[] {
  return periodsOfYear(unit, span.year)
    .filter((p) => p.end <= span.to && p.end >= scoringFrom)
    .map((p) => p.key);
}

/** The scoring periods a draft as of `asOf` shows: those started by then, from the branch's scoring start. */
export function startedPeriods(unit: PeriodUnit, year: number, scoringFrom: LocalDate, asOf: LocalDate): string[] {
  return periodsOfYear(unit, year)
    .filter((p) => p.start <= asOf && p.end >= scoringFrom)
    .map((p) => p.key);
}

/**
 * The publications the board is printed from: the year's own publication for the year, else for each
 * needed scoring period the latest publication covering it — or null when one of them is not published
 * (the board is then a draft from the ledger).
 */
export function publishedSource(
  span: BoardSpan,
  needed: readonly string[],
  publications: readonly PublicationDoc[],
): PublicationDoc[] | null {
  if (span.kind === 'year') {
    const own = publications.find((p) => p.kind === 'year' && p.period === span.key);
    if (own) return [own];
  }
  const latest = [...publications].filter((p) => p.kind !== 'year').sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const chosen = new Set<PublicationDoc>();
  for (const period of needed) {
    const covering = latest.find((p) => p.scoringPeriods.includes(period));
    if (!covering) return null;
    chosen.add(covering);
  }
  return chosen.size > 0 ? [...chosen].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0)) : null;
}

const quarterOfPeriod = (key: string) => periodIndexOf('quarter', parsePeriodKey(key)!.start);

/**
 * 表D from board rows: the last board gives the members (its order: pinyin), their grade and score;
 * every board gives the plus and minus of the periods it covers, summed by quarter. Quarters after the
 * span stay empty.
 */
export function boardFormData(input: {
  orgName: string;
  span: BoardSpan;
  status: BoardFormData['status'];
  boards: readonly BoardRow[][];
  schemeName: string;
  asOf: LocalDate;
  /** The last publication the board comes from (null for a draft). */
  published: { label: string; publishedAt: Date; windowEndsAt: Date } | null;
  now: Date;
}): BoardFormData {
  const { span, boards } = input;
  const last = boards[boards.length - 1] ?? [];
  const sums = new Map<string, { plus: number; minus: number }[]>();
  for (const board of boards)
    for (const row of board)
      for (const period of row.periods) {
        const q = quarterOfPeriod(period.key);
        if (q >= span.quarters) continue;
        const quarters = sums.get(row.memberId) ?? Array.from({ length: 4 }, () => ({ plus: 0, minus: 0 }));
        quarters[q].plus += toCenti(period.plus);
        quarters[q].minus += toCenti(period.minus);
        sums.set(row.memberId, quarters);
      }
  const rows = last.map((row) => {
    const quarters = sums.get(row.memberId);
    return {
      name: row.name,
      grade: row.exempt ? '不纳入积分管理' : (row.grade?.name ?? ''),
      score: row.exempt ? null : row.total,
      quarters: Array.from({ length: 4 }, (_, q): PlusMinus | null =>
        row.exempt || q >= span.quarters ? null : { plus: fromCenti(quarters?.[q].plus ?? 0), minus: fromCenti(quarters?.[q].minus ?? 0) },
      ),
    };
  });
  const notes = ['1. 姓名依次按照字母表的顺序排列。', '2. 类别主要分为优秀、合格、基本合格、不合格四类。'];
  const published = input.published;
  if (input.status === 'draft' || !published)
    notes.push(`3. 草稿：${span.label}尚有期间未公示，本表按积分台账计算（截至 ${input.asOf}），不作为公示结果。`);
  else
    notes.push(
      `3. ${published.label}的积分于 ${localDateOf(published.publishedAt)} 公示，公示期至 ${localDateOf(published.windowEndsAt)}${input.status === 'final' ? '，已期满确认' : '（公示中）'}。`,
    );
  notes.push(`4. 积分按本支部积分方案《${input.schemeName}》计算；等次为截至本期的积分所达等次，年终等次以党委审定为准。`);
  return {
    form: 'D',
    orgName: input.orgName,
    year: span.year,
    madeOn: localDateOf(input.now),
    notes,
    status: input.status,
    through: span.label,
    rows,
  };
}
