import { applyPercent, Centi, fromCenti } from '../../points';
import { reviewScaleText, REVIEW_SCALE_AWAITING_TEXT } from '../trace-wording';
import type { EvaluationContext } from './evaluation-context';

/**
 * Step 5 where the scheme says so: the year's points scaled by the member's democratic review
 * (年度积分 = 全年累计积分 × 评议折算比例) — the latest round's result gives the percentage. Until a result
 * is entered the points stand unscaled. Before the floor, the ceiling and a veto.
 */
export function scaleByReview(ctx: EvaluationContext, sum: Centi): Centi {
  const scale = ctx.compiled.scheme.yearTotal.reviewScale;
  if (!scale) return sum;
  const reviews = ctx.table.reviews[ctx.member];
  const latest = reviews[reviews.length - 1];
  if (!latest) {
    ctx.recorder?.line({ rule: 'reviewScale', points: fromCenti(sum), message: REVIEW_SCALE_AWAITING_TEXT });
    return sum;
  }
  const percent = scale.percent[latest.grade];
  const scaled = applyPercent(sum, percent);
  ctx.recorder?.line({
    rule: 'reviewScale',
    before: fromCenti(sum),
    points: fromCenti(scaled),
    message: reviewScaleText(latest.grade, percent, sum, scaled),
  });
  return scaled;
}
