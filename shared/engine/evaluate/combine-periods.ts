import { Centi, divideCenti, fromCenti, ZERO_CENTI } from '../../points';
import { combineText } from '../trace-wording';
import type { EvaluationContext } from './evaluation-context';

/**
 * Step 2: the periods combined into the year's period part — their sum, their average, or their sum
 * ÷ the scheme's divisor (004: cumulative ÷ 4), rounded by the one rule (points.ts).
 */
export function combinePeriods(ctx: EvaluationContext, periodSum: Centi): Centi {
  const { table: t, compiled, recorder } = ctx;
  const combine = compiled.scheme.yearTotal.combine;
  const periods = t.endPeriod - t.firstPeriod;
  let periodPart: Centi;
  if (combine.method === 'sum') periodPart = periodSum;
  else if (combine.method === 'average') periodPart = periods <= 0 ? ZERO_CENTI : divideCenti(periodSum, periods);
  else periodPart = divideCenti(periodSum, combine.divisor);
  t.periodPart[ctx.member] = periodPart;
  if (recorder && compiled.periodCategories.length > 0) {
    recorder.line({ rule: 'combine', points: fromCenti(periodPart), message: combineText(combine, periods, periodSum, periodPart) });
  }
  return periodPart;
}
