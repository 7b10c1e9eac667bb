import type { ScoreTable } from '../table/score-table';
import { byTotalThenId } from './branch-groups';

/** Competition ranking (1, 2, 2, 4) by year total within each branch; only when the scheme publishes rankings. */
export function applyRanking(t: ScoreTable, groups: Map<string | null, number[]>): void {
  t.rank.fill(0);
  if (!t.compiled.scheme.ranking.enabled) return;
  for (const members of groups.values()) {
    const sorted = [...members].sort(byTotalThenId(t));
    sorted.forEach((m, i) => {
      t.rank[m] = i > 0 && t.total[sorted[i - 1]] === t.total[m] ? t.rank[sorted[i - 1]] : i + 1;
    });
  }
}
