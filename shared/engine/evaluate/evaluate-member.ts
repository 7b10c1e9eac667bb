import { addCenti } from '../../points';
import { scoreBase } from './base-score';
import { carryStarts } from './carried-starts';
import { combinePeriods } from './combine-periods';
import { EvaluationContext, resetCaps } from './evaluation-context';
import { gradeBeforeQuota } from './grade-before-quota';
import { scaleByReview } from './review-scale';
import { scorePeriods } from './score-periods';
import { awardStars } from './stars';
import { scoreYearCategories } from './year-categories';
import { scoreYearTotal } from './year-total';

/**
 * Scores member m for the year, step by step: the starts carried from last year (where the scheme says
 * so); the periods, combined into the year; the year-scope categories; the base score; the review scale
 * (where the scheme has one); the total (floor, ceiling, veto); stars; the grade before the branch
 * quota. Writes into the table; tells the context's recorder why. Exempt members are left out.
 */
export function evaluateMember(ctx: EvaluationContext, m: number): void {
  if (ctx.table.exempt[m] === 1) return;
  ctx.member = m;
  resetCaps(ctx);
  carryStarts(ctx);
  const periodPart = combinePeriods(ctx, scorePeriods(ctx));
  const yearPart = scoreYearCategories(ctx);
  const base = scoreBase(ctx);
  const total = scoreYearTotal(ctx, scaleByReview(ctx, addCenti(addCenti(periodPart, yearPart), base)));
  awardStars(ctx, total);
  gradeBeforeQuota(ctx);
}
