import type { Centi } from '../../points';
import { starsOf } from '../compile/bands';
import { evaluateCategory } from './block-values';
import { EvaluationContext, readPeriod } from './evaluation-context';

/** Period categories take no review results (those go to year-scope categories). */
const NO_REVIEW_GAIN = 0 as Centi;

/**
 * Step 1 of a member's year: every counted period — the value of each period-scope category, the
 * period's total and, where the scheme gives stars per period, its stars. Returns the periods' sum.
 */
export function scorePeriods(ctx: EvaluationContext): Centi {
  const { table: t, compiled } = ctx;
  const { periodCount, categoryCount } = t;
  const m = ctx.member;
  const categories = compiled.periodCategories;
  let periodSum = 0;
  for (let p = t.firstPeriod; p < t.endPeriod; p++) {
    const cell = m * periodCount + p;
    readPeriod(ctx, p);
    let total = 0;
    for (let k = 0; k < categories.length; k++) {
      const c = categories[k];
      const value = evaluateCategory(ctx, c, NO_REVIEW_GAIN);
      t.categoryValue[cell * categoryCount + c] = value;
      total += value;
    }
    t.periodTotal[cell] = total as Centi;
    if (compiled.scheme.stars?.perPeriod) t.periodStars[cell] = starsOf(t.starBands, total as Centi);
    periodSum += total;
  }
  return periodSum as Centi;
}
