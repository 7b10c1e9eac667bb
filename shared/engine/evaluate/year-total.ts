import { Centi, fromCenti, subtractCenti, toCenti, ZERO_CENTI } from '../../points';
import { VETO_LOWEST_GRADE, VETO_ZERO_YEAR } from '../compile/compiled-scheme';
import { overflowText, vetoText, yearFloorText } from '../trace-wording';
import type { EvaluationContext } from './evaluation-context';

/**
 * Step 5: the year's total — the sum of period part, year categories and base, raised to the scheme's
 * floor, held to its ceiling (the excess kept as reward points where the scheme says so), and zeroed
 * by a veto that zeroes the year. Writes `total` and `reward`.
 */
export function scoreYearTotal(ctx: EvaluationContext, sum: Centi): Centi {
  const t = ctx.table;
  const m = ctx.member;
  t.reward[m] = ZERO_CENTI;
  const total = applyVeto(ctx, withinCeiling(ctx, atLeastFloor(ctx, sum)));
  t.total[m] = total;
  return total;
}

function atLeastFloor(ctx: EvaluationContext, total: Centi): Centi {
  const { floor } = ctx.compiled.scheme.yearTotal;
  if (floor === undefined || total >= toCenti(floor.value)) return total;
  ctx.recorder?.line({
    rule: 'yearFloor',
    before: fromCenti(total),
    points: floor.value,
    message: yearFloorText(floor.value, floor.source, total),
  });
  return toCenti(floor.value);
}

/** Above the ceiling: the total is the ceiling; the excess is reward points (003 village) or dropped. */
function withinCeiling(ctx: EvaluationContext, total: Centi): Centi {
  const { ceiling } = ctx.compiled.scheme.yearTotal;
  if (!ceiling || total <= toCenti(ceiling.value)) return total;
  const limit = toCenti(ceiling.value);
  const keptAsReward = ceiling.overflow === 'reward';
  if (keptAsReward) ctx.table.reward[ctx.member] = subtractCenti(total, limit);
  ctx.recorder?.line({
    rule: 'overflow',
    before: fromCenti(total),
    points: ceiling.value,
    message: overflowText(keptAsReward, ceiling.value, total, limit),
  });
  return limit;
}

/** The member's earliest veto, told; a veto that zeroes the year zeroes the total and the reward. */
function applyVeto(ctx: EvaluationContext, total: Centi): Centi {
  const t = ctx.table;
  const m = ctx.member;
  const veto = t.vetoEffect[m];
  if (veto === 0) return total;
  const zeroYear = (veto & VETO_ZERO_YEAR) !== 0;
  if (ctx.recorder) {
    const item = ctx.compiled.items[t.vetoItem[m]];
    ctx.recorder.line({
      rule: 'veto',
      item: item.code,
      before: fromCenti(total),
      points: zeroYear ? 0 : fromCenti(total),
      message: vetoText(t.vetoDay[m], item.name, zeroYear, (veto & VETO_LOWEST_GRADE) !== 0),
    });
  }
  if (!zeroYear) return total;
  t.reward[m] = ZERO_CENTI;
  return ZERO_CENTI;
}
