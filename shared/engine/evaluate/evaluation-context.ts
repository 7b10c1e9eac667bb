import type { Centi, CentiFloatArray } from '../../points';
import type { CompiledScheme } from '../compile/compiled-scheme';
import type { BlockScore, ReviewScore } from '../result.types';
import type { ScoreTable } from '../table/score-table';
import type { TraceLine } from '../trace';

/** Item-level sums of one member for one period (or the year), for the explanation only. */
export interface ItemView {
  sums: ArrayLike<Centi>;
  counts: ArrayLike<number>;
  /** Before multipliers. */
  raw: ArrayLike<Centi>;
  /** Of `counts`, entries dated in another period that count here too (countsIn 'eachMonthOfQuarter'). */
  spreadIn: ArrayLike<number>;
  offset: number;
}

/** Receives what the evaluation did, to build a member's explained breakdown. Absent in bulk scoring. */
export interface Recorder {
  line(line: TraceLine): void;
  block(period: number, block: number, score: BlockScore): void;
  reviews(category: number, reviews: ReviewScore[]): void;
  /** Item-level sums for period p (−1: the counted year). */
  itemView(period: number): ItemView;
}

/** Buffers reused from member to member: the caps' running totals and the year's slot sums. */
export interface Scratch {
  /** By CompiledCap.total: what the member's periods so far counted under the cap; reset for every member. */
  capTotals: CentiFloatArray;
  yearSums: CentiFloatArray;
  /** By block: the start of the member being scored (the scheme's, or carried from the member's last year). */
  starts: CentiFloatArray;
}

/**
 * What every step of a member's evaluation reads and writes, passed as one object instead of a list of
 * positional parameters. Bulk scoring uses one context for the whole table: `member`, `period`, `sums`
 * and `offset` move as the evaluation goes, so the loops allocate nothing.
 */
export interface EvaluationContext {
  readonly table: ScoreTable;
  readonly compiled: CompiledScheme;
  /** The caps' running totals for the member being scored (see CompiledCap.total). */
  readonly capTotals: CentiFloatArray;
  /** The member's year-scope slots summed over the counted periods (see readYear). */
  readonly yearSums: CentiFloatArray;
  /** By block: where the member's blocks start (see Scratch.starts; set per member by carryStarts). */
  readonly starts: CentiFloatArray;
  /** Receives why; null in bulk scoring, where no string is built. */
  readonly recorder: Recorder | null;
  /** The member being scored. */
  member: number;
  /** The period being evaluated; −1 for the year-scope categories. */
  period: number;
  /** The slot sums blocks read (`sums[offset + slot]`): the table's cells for one period, or `yearSums`. */
  sums: ArrayLike<Centi>;
  offset: number;
}

export function newScratch(table: ScoreTable): Scratch {
  return {
    capTotals: new Float64Array(table.compiled.capCount) as CentiFloatArray,
    yearSums: new Float64Array(table.slotCount) as CentiFloatArray,
    starts: Float64Array.from(table.compiled.starts) as CentiFloatArray,
  };
}

/** Every cap's running total back to zero: a new member, or a fresh count. */
export function resetCaps(ctx: EvaluationContext): void {
  ctx.capTotals.fill(0);
}

/** A context over the table, with the scratch's buffers; `recorder` null for bulk scoring. */
export function evaluationContext(table: ScoreTable, scratch: Scratch, recorder: Recorder | null): EvaluationContext {
  return {
    table,
    compiled: table.compiled,
    capTotals: scratch.capTotals,
    yearSums: scratch.yearSums,
    starts: scratch.starts,
    recorder,
    member: 0,
    period: -1,
    sums: table.cells,
    offset: 0,
  };
}

/** Points the context at period p of its member: blocks read that period's cells. */
export function readPeriod(ctx: EvaluationContext, p: number): void {
  const t = ctx.table;
  ctx.period = p;
  ctx.sums = t.cells;
  ctx.offset = (ctx.member * t.periodCount + p) * t.slotCount;
}

/**
 * Points the context at the year: sums its member's year-scope slots over the counted periods up to
 * `last` (inclusive) into `yearSums`, which blocks then read.
 */
export function readYear(ctx: EvaluationContext, last: number): void {
  const t = ctx.table;
  const { cells, periodCount, slotCount, firstPeriod } = t;
  const yearSums = ctx.yearSums;
  const slots = ctx.compiled.yearSlots;
  for (let k = 0; k < slots.length; k++) {
    let sum = 0;
    for (let p = firstPeriod, cell = (ctx.member * periodCount + firstPeriod) * slotCount + slots[k]; p <= last; p++, cell += slotCount) {
      sum += cells[cell];
    }
    yearSums[slots[k]] = sum as Centi;
  }
  ctx.period = -1;
  ctx.sums = yearSums;
  ctx.offset = 0;
}
