import { addCenti, Centi, fromCenti, ZERO_CENTI } from '../../points';
import type { ReviewScore } from '../result.types';
import { reviewText } from '../trace-wording';
import { evaluateCategory } from './block-values';
import { EvaluationContext, readYear } from './evaluation-context';

/**
 * Step 3: the year-scope categories (001's bonus ≤ 10 a year, 002's democratic review) on the member's
 * sums over the counted periods. Returns their sum.
 */
export function scoreYearCategories(ctx: EvaluationContext): Centi {
  const { table: t, compiled } = ctx;
  let yearPart = ZERO_CENTI;
  if (compiled.yearCategories.length === 0) return yearPart;
  readYear(ctx, t.endPeriod - 1);
  for (const c of compiled.yearCategories) {
    const value = evaluateCategory(ctx, c, reviewGain(ctx, c));
    t.yearCategoryValue[ctx.member * t.categoryCount + c] = value;
    yearPart = addCenti(yearPart, value);
  }
  return yearPart;
}

/** What the member's review results add to category c, where it maps the democratic review to points (0 elsewhere). */
function reviewGain(ctx: EvaluationContext, c: number): Centi {
  const category = ctx.compiled.categories[c];
  const mapping = category.source.review;
  let gain = ZERO_CENTI;
  if (!mapping) return gain;
  const recorder = ctx.recorder;
  const list: ReviewScore[] = [];
  for (const r of ctx.table.reviews[ctx.member]) {
    gain = addCenti(gain, r.points);
    list.push({ round: r.round, grade: r.grade, points: fromCenti(r.points) });
    recorder?.line({
      rule: 'review',
      category: category.code,
      before: fromCenti(r.raw),
      points: fromCenti(r.points),
      message: reviewText(r.round, mapping.rounds, r.grade, r.raw, mapping.weightPercent, r.points),
    });
  }
  recorder?.reviews(c, list);
  return gain;
}
