import { pinyin } from 'pinyin-pro';
import type { BlockScore, CategoryScore, MemberScore, PeriodScore } from '../../shared/engine';
import { fromCenti, toCenti } from '../../shared/points';
import type { BranchScores } from '../scoring/branch-scores';
import type { BoardRow } from './publication.doc';
import type { PublicationPeriod } from './publication-period';

/**
 * A name's sort key in pinyin with surnames read as surnames (曾 zēng, 单 shàn, 解 xiè, 万俟 mòqí), as the
 * paper forms order names; the characters follow, so that equal readings keep a stable order.
 */
export function pinyinSortKey(name: string): string {
  return `${pinyin(name, { surname: 'head', toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ')}\u0000${name}`;
}

/** Points added and taken away in a period, from what each item counted (after caps). */
export function plusAndMinus(period: PeriodScore): { plus: number; minus: number } {
  let plus = 0;
  let minus = 0;
  const visit = (block: BlockScore) => {
    for (const item of block.items) {
      const counted = toCenti(item.counted);
      if (counted > 0) plus += counted;
      else minus += counted;
    }
  };
  for (const category of period.categories as CategoryScore[]) {
    visit(category);
    for (const section of category.sections) visit(section);
  }
  for (const y of period.yearScoped) {
    const points = toCenti(y.points);
    if (points > 0) plus += points;
    else minus += points;
  }
  return { plus: fromCenti(plus), minus: fromCenti(minus) };
}

function rowOf(score: MemberScore, period: PublicationPeriod): Omit<BoardRow, 'rank'> {
  return {
    memberId: score.id,
    name: score.name,
    sortKey: pinyinSortKey(score.name),
    exempt: false,
    total: score.total,
    stars: score.stars,
    grade: score.grade,
    periods: score.periods
      .filter((p) => period.scoringPeriods.includes(p.period))
      .map((p) => ({ key: p.period, label: p.label, total: p.total, ...plusAndMinus(p) })),
  };
}

/**
 * The board of a period (form D): every member of the branch in pinyin order with the year's total so
 * far, stars, grade, and each covered period's total, plus and minus; exempt members listed as such. A
 * rank only when the branch shows rankings (off by default: 2026 rules on government apps).
 */
export function buildBoard(scores: BranchScores, period: PublicationPeriod, showRanking: boolean): BoardRow[] {
  const rows: Omit<BoardRow, 'rank'>[] = scores.result.members.map((m) => rowOf(m, period));
  for (const exempt of scores.result.exempt) {
    rows.push({
      memberId: exempt.id,
      name: exempt.name,
      sortKey: pinyinSortKey(exempt.name),
      exempt: true,
      total: 0,
      stars: null,
      grade: null,
      periods: [],
    });
  }
  rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const ranked = [...rows].filter((r) => !r.exempt).sort((a, b) => b.total - a.total);
  const rankOf = new Map<string, number>();
  ranked.forEach((row, i) =>
    rankOf.set(row.memberId, i > 0 && ranked[i - 1].total === row.total ? rankOf.get(ranked[i - 1].memberId)! : i + 1),
  );
  return rows.map((row) => ({ ...row, rank: showRanking && !row.exempt ? (rankOf.get(row.memberId) ?? null) : null }));
}
