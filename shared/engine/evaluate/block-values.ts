import type { Centi } from '../../points';
import type { CompiledBlock, CompiledCap } from '../compile/compiled-scheme';
import { BlockTrace, startBlockTrace, traceBlockScore, traceCap, traceLimit } from './block-trace';
import type { EvaluationContext } from './evaluation-context';

/*
 * The value of a category (or section) for one period or the year, from the slot sums the context
 * points at. This is the engine's inner loop (for 50,000 members: millions of blocks), so it calls only
 * functions of this module and casts to Centi (a function imported from another module is read through
 * two getters per call under tsx). What happened is told to the block trace only with a recorder.
 */

/** NO_LIMIT (compile/compiled-scheme.ts), as a local constant: the loop reads no imported binding. */
const NO_LIMIT = Number.POSITIVE_INFINITY;

/** A category's value: its sections, then its own items, start, caps, floor and ceiling. `reviewGain` joins its gains. */
export function evaluateCategory(ctx: EvaluationContext, c: number, reviewGain: Centi): Centi {
  const category = ctx.compiled.categories[c];
  let sections = 0;
  for (let s = 0; s < category.sectionBlocks.length; s++) sections += evaluateBlock(ctx, category.sectionBlocks[s], 0 as Centi, 0 as Centi);
  return evaluateBlock(ctx, category.block, sections as Centi, reviewGain);
}

/**
 * start + sections + gains − losses, within floor and ceiling; the start is the member's (ctx.starts). Gains are the block's pooled additions,
 * its capped items' additions and `extraGain`, limited by the block's gain caps; losses likewise.
 * `sections` (a category's sections' values) is added after the caps.
 */
function evaluateBlock(ctx: EvaluationContext, b: number, sections: Centi, extraGain: Centi): Centi {
  const block = ctx.compiled.blocks[b];
  const { sums, offset } = ctx;
  const trace = ctx.recorder === null ? null : startBlockTrace(ctx, ctx.recorder, block);

  let gains: number = extraGain;
  let losses = 0;
  if (block.gainPool >= 0) gains += sums[offset + block.gainPool];
  if (block.lossPool >= 0) losses -= sums[offset + block.lossPool];
  for (let k = 0; k < block.capped.length; k++) {
    const it = block.capped[k];
    const item = ctx.compiled.items[it];
    const s = sums[offset + item.slot];
    if (s === 0) continue;
    const counted = capped(ctx, trace, item.cap!, (s > 0 ? s : -s) as Centi);
    if (s > 0) gains += counted;
    else losses += counted;
    trace?.counted.set(it, (s > 0 ? counted : -counted) as Centi);
  }
  if (block.gainCap !== null) gains = capped(ctx, trace, block.gainCap, gains as Centi);
  if (block.lossCap !== null) losses = capped(ctx, trace, block.lossCap, losses as Centi);

  const value = withinFloorAndCeiling(trace, block, (ctx.starts[b] + sections + gains - losses) as Centi);
  if (trace) traceBlockScore(ctx, trace, b, value);
  return value;
}

/**
 * `amount` (≥ 0) limited by the cap per period, then by what is left this year of the cap per year,
 * whose running total it then adds to. Year caps count in date order: periods are evaluated from the first.
 */
function capped(ctx: EvaluationContext, trace: BlockTrace | null, cap: CompiledCap, amount: Centi): Centi {
  if (amount > cap.perPeriod) {
    if (trace) traceCap(ctx, trace, cap, amount, null);
    amount = cap.perPeriod;
  }
  if (cap.perYear !== NO_LIMIT) {
    const totals = ctx.capTotals;
    const left = cap.perYear - totals[cap.total];
    const remaining = (left > 0 ? left : 0) as Centi;
    if (amount > remaining) {
      if (trace) traceCap(ctx, trace, cap, amount, remaining);
      amount = remaining;
    }
    totals[cap.total] = (totals[cap.total] + amount) as Centi;
  }
  return amount;
}

function withinFloorAndCeiling(trace: BlockTrace | null, block: CompiledBlock, value: Centi): Centi {
  if (value < block.floor) {
    if (trace) traceLimit(trace, 'floor', value);
    value = block.floor;
  }
  if (value > block.ceiling) {
    if (trace) traceLimit(trace, 'ceiling', value);
    value = block.ceiling;
  }
  return value;
}
