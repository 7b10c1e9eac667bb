import { Centi, fromCenti } from '../../points';
import { starsOf } from '../compile/bands';
import { starsText } from '../trace-wording';
import type { EvaluationContext } from './evaluation-context';

/** Step 6: the year's stars by the total, where the scheme gives stars (001: 50分以下无星). */
export function awardStars(ctx: EvaluationContext, total: Centi): void {
  const t = ctx.table;
  if (!ctx.compiled.scheme.stars) return;
  const stars = starsOf(t.starBands, total);
  t.stars[ctx.member] = stars;
  ctx.recorder?.line({ rule: 'stars', points: fromCenti(total), message: starsText(total, stars) });
}
