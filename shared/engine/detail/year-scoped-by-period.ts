import { Centi, CentiFloatArray, subtractCenti, ZERO_CENTI } from '../../points';
import { evaluateCategory } from '../evaluate/block-values';
import { evaluationContext, newScratch, readYear, resetCaps, Scratch } from '../evaluate/evaluation-context';
import type { ScoreTable } from '../table/score-table';

/**
 * How much of each year-scope category each counted period contributed to member m: the category
 * evaluated on the sums up to that period minus up to the one before (cumulative, so year caps apply
 * in date order). By counted period, then by year category.
 */
export function yearScopedByPeriod(t: ScoreTable, m: number, scratch: Scratch): Centi[][] {
  const categories = t.compiled.yearCategories;
  const ctx = evaluationContext(t, { capTotals: newScratch(t).capTotals, yearSums: scratch.yearSums, starts: scratch.starts }, null);
  ctx.member = m;
  ctx.sums = new Float64Array(t.slotCount) as CentiFloatArray;
  const valueOf = (c: number): Centi => {
    resetCaps(ctx);
    return evaluateCategory(ctx, c, ZERO_CENTI);
  };
  const previous = categories.map(valueOf);
  const result: Centi[][] = [];
  for (let p = t.firstPeriod; p < t.endPeriod; p++) {
    readYear(ctx, p);
    result.push(
      categories.map((c, k) => {
        const value = valueOf(c);
        const delta = subtractCenti(value, previous[k]);
        previous[k] = value;
        return delta;
      }),
    );
  }
  return result;
}
