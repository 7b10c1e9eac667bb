import { Centi, fromCenti, negateCenti } from '../../points';
import type { CompiledBlock, CompiledCap } from '../compile/compiled-scheme';
import type { ItemScore } from '../result.types';
import {
  ceilingText,
  floorText,
  gainPeriodCapText,
  gainYearCapText,
  itemPeriodCapText,
  itemText,
  itemYearCapText,
  lossPeriodCapText,
  lossYearCapText,
  multiplierText,
  unitName,
  wherePrefix,
} from '../trace-wording';
import type { EvaluationContext, ItemView, Recorder } from './evaluation-context';

/** A block being evaluated with a recorder: where it is (for every line about it) and what its capped items counted. */
export interface BlockTrace {
  recorder: Recorder;
  block: CompiledBlock;
  /** The period's key; undefined for the year. */
  period: string | undefined;
  /** "2026年3月 " or "年度 ". */
  where: string;
  category: string;
  section: string | undefined;
  /** 月 or 季度. */
  unit: string;
  items: ItemView;
  /** By item: what an item with caps of its own counted, signed. */
  counted: Map<number, Centi>;
}

/** Starts the trace of a block: its items' sums (and multipliers) as lines. Only with a recorder. */
export function startBlockTrace(ctx: EvaluationContext, recorder: Recorder, block: CompiledBlock): BlockTrace {
  const { table, compiled } = ctx;
  const p = ctx.period;
  const trace: BlockTrace = {
    recorder,
    block,
    period: p >= 0 ? table.periodKeys[p] : undefined,
    where: wherePrefix(p >= 0 ? table.periodLabels[p] : undefined),
    category: compiled.categories[block.category].code,
    section: block.section >= 0 ? block.code : undefined,
    unit: unitName(compiled.scheme.period),
    items: recorder.itemView(p),
    counted: new Map(),
  };
  const { items, where } = trace;
  for (const it of block.items) {
    const sum = items.sums[items.offset + it];
    if (sum === 0) continue;
    const item = compiled.items[it];
    const raw = items.raw[items.offset + it];
    const spreadIn = items.spreadIn[items.offset + it];
    recorder.line({
      rule: 'item',
      period: trace.period,
      category: trace.category,
      section: trace.section,
      item: item.code,
      points: fromCenti(sum),
      message: itemText(where, item.name, items.counts[items.offset + it], spreadIn, sum),
    });
    if (raw !== sum) {
      recorder.line({
        rule: 'multiplier',
        period: trace.period,
        category: trace.category,
        section: trace.section,
        item: item.code,
        before: fromCenti(raw),
        points: fromCenti(sum),
        message: multiplierText(where, item.name, raw, sum),
      });
    }
  }
  return trace;
}

/** A cap that limited `amount`: its limit per period (`remaining` null), or its limit per year of which `remaining` was left. */
export function traceCap(ctx: EvaluationContext, trace: BlockTrace, cap: CompiledCap, amount: Centi, remaining: Centi | null): void {
  const { where, unit, block } = trace;
  const limit = remaining === null ? cap.perPeriod : cap.perYear;
  const to = remaining ?? limit;
  const at = { period: trace.period, category: trace.category, section: trace.section };
  if (cap.kind === 'item') {
    const item = ctx.compiled.items[cap.owner];
    const message =
      remaining === null
        ? itemPeriodCapText(where, item.name, unit, limit, amount)
        : itemYearCapText(where, item.name, limit, remaining, amount);
    trace.recorder.line({ rule: 'cap.item', ...at, item: item.code, before: fromCenti(amount), points: fromCenti(to), message });
  } else if (cap.kind === 'gain') {
    const message =
      remaining === null
        ? gainPeriodCapText(where, block.name, unit, limit, amount)
        : gainYearCapText(where, block.name, limit, remaining, amount);
    trace.recorder.line({ rule: 'cap.gain', ...at, before: fromCenti(amount), points: fromCenti(to), message });
  } else {
    const message =
      remaining === null
        ? lossPeriodCapText(where, block.name, unit, limit, amount)
        : lossYearCapText(where, block.name, limit, remaining, amount);
    trace.recorder.line({ rule: 'cap.loss', ...at, before: fromCenti(negateCenti(amount)), points: fromCenti(negateCenti(to)), message });
  }
}

/** The block's floor or ceiling moved `value` to it. */
export function traceLimit(trace: BlockTrace, rule: 'floor' | 'ceiling', value: Centi): void {
  const { block, where } = trace;
  const limit = rule === 'floor' ? block.floor : block.ceiling;
  trace.recorder.line({
    rule,
    period: trace.period,
    category: trace.category,
    section: trace.section,
    before: fromCenti(value),
    points: fromCenti(limit),
    message: rule === 'floor' ? floorText(where, block.name, limit, value) : ceilingText(where, block.name, limit, value),
  });
}

/** The block's score with its items, for the breakdown. */
export function traceBlockScore(ctx: EvaluationContext, trace: BlockTrace, b: number, value: Centi): void {
  const { block, items } = trace;
  const itemScores: ItemScore[] = [];
  for (const it of block.items) {
    const sum = items.sums[items.offset + it];
    if (sum === 0) continue;
    const item = ctx.compiled.items[it];
    itemScores.push({
      code: item.code,
      name: item.name,
      entries: items.counts[items.offset + it],
      points: fromCenti(sum),
      counted: fromCenti(trace.counted.get(it) ?? sum),
    });
  }
  trace.recorder.block(ctx.period, b, {
    code: block.code,
    name: block.name,
    start: fromCenti(ctx.starts[b]),
    points: fromCenti(value),
    items: itemScores,
  });
}
