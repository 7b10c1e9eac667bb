import { applyPercent, asCenti, Centi, CentiArray, fromCenti } from '../../points';
import { ItemKind } from '../compile/compiled-scheme';
import type { EntryColumns } from '../input/entry-columns';
import type { MemberMultiplier } from '../table/member-multipliers';
import type { ScoreTable } from '../table/score-table';

// Local copies: reading an imported enum inside the hot loop costs a property load per entry.
const FIXED = ItemKind.Fixed as number;
const PER_OCCURRENCE = ItemKind.PerOccurrence as number;
const RANGE = ItemKind.Range as number;
const LEVELS = ItemKind.Levels as number;

// The per-entry helpers live in this module on purpose: the loop below runs once per entry (millions),
// and a function imported from another module is read through two getters per call under tsx/esbuild's
// CommonJS output, which costs the loop about a third of its time. For the same reason hundredths are
// cast here (`as Centi`) rather than built with the helpers of points.ts.

/** What `basePoints` gives for a veto: no points (NaN, so `base !== base` tells it apart). */
const VETO_POINTS = asCenti(Number.NaN);

/** Item tables in typed arrays, shared by bulk accumulation and by a member's explained detail. */
export interface EntryResolver {
  kind: Int8Array;
  value: CentiArray;
  min: CentiArray;
  max: CentiArray;
  category: Int32Array;
  slot: Int32Array;
  /** Per item: 0, or the number of periods of the span an entry counts in each of (see CompiledItem.spread). */
  spread: Int8Array;
  levels: CentiArray[];
  multipliers: (MemberMultiplier[] | null)[];
  birth: Int32Array;
  anyMultiplier: boolean;
}

export function entryResolver(table: ScoreTable): EntryResolver {
  const items = table.compiled.items;
  const centi = (values: ArrayLike<Centi>) => Int32Array.from(values) as CentiArray;
  return {
    kind: Int8Array.from(items, (i) => i.kind),
    value: centi(items.map((i) => i.value)),
    min: centi(items.map((i) => i.min)),
    max: centi(items.map((i) => i.max)),
    category: Int32Array.from(items, (i) => i.category),
    slot: Int32Array.from(items, (i) => i.slot),
    spread: Int8Array.from(items, (i) => i.spread),
    levels: items.map((i) => centi(i.levelValues)),
    multipliers: table.multipliers,
    birth: table.birth,
    anyMultiplier: table.compiled.hasMultipliers,
  };
}

/** Points of entry `e` (of item `it`) before multipliers; VETO_POINTS (NaN) for a veto. Checks range and level bounds. */
export function basePoints(r: EntryResolver, entries: EntryColumns, e: number, it: number): Centi {
  const k = r.kind[it];
  if (k === FIXED) return r.value[it];
  if (k === RANGE) {
    const base = entries.points[e] as Centi;
    if (base < r.min[it] || base > r.max[it]) throw new RangeError(`entry ${e}: points ${fromCenti(base)} outside the item's range`);
    return base;
  }
  if (k === PER_OCCURRENCE) return (r.value[it] * entries.quantity[e]) as Centi;
  if (k === LEVELS) {
    const table = r.levels[it];
    const l = entries.level[e];
    if (l < 0 || l >= table.length) throw new RangeError(`entry ${e}: no level ${l}`);
    return table[l];
  }
  return VETO_POINTS;
}

/** Additions multiplied by the first multiplier matching member `m`'s age on the entry's date (yyyymmdd). */
export function multiplied(r: EntryResolver, m: number, day: number, it: number, base: Centi): Centi {
  if (!r.anyMultiplier || base <= 0) return base;
  const list = r.multipliers[m];
  if (list === null) return base;
  const age = ((day - r.birth[m]) / 10_000) | 0;
  for (let j = 0; j < list.length; j++) {
    const mult = list[j];
    if (age >= mult.ageAtLeast && age < mult.ageBelow && mult.categories[r.category[it]]) return applyPercent(base, mult.percent);
  }
  return base;
}

/**
 * The periods an entry of period `period` counts in, for an item that counts in each period of its
 * span (`span` > 0): those of the span that are scored — from the first counted period (the scoring
 * start) to the last started by asOf (`endPeriod`, exclusive). [start, end) as `out[0]`, `out[1]`;
 * empty when end ≤ start.
 */
export function spreadPeriods(period: number, span: number, firstPeriod: number, endPeriod: number, out: Int32Array): void {
  const start = period - (period % span);
  out[0] = start > firstPeriod ? start : firstPeriod;
  out[1] = start + span < endPeriod ? start + span : endPeriod;
}

/**
 * Sums approved entries into member × period × slot cells (hundredths), applying multipliers to
 * additions by the member's age on the entry's date, and records each member's earliest veto.
 * An item that counts in each month of its quarter adds the entry to each of those months scored.
 * The only pass over the entries: sums commute, so the order of entries never matters.
 */
export function accumulate(table: ScoreTable, entries: EntryColumns): { afterAsOf: number; beforeStart: number } {
  const { compiled, cells, exempt, vetoDay, vetoItem, vetoEffect, periodCount, slotCount, asOfInt, fromInt, year } = table;
  const { firstPeriod, endPeriod } = table;
  const r = entryResolver(table);
  const { member, day, period, item, length } = entries;
  const slot = r.slot;
  const spread = r.spread;
  const range = new Int32Array(2);
  const yearStart = year * 10_000;
  const yearEnd = yearStart + 1231;
  let afterAsOf = 0;
  let beforeStart = 0;
  table.entries = entries;
  table.entriesByMember = null;

  for (let e = 0; e < length; e++) {
    const d = day[e];
    if (d > asOfInt) {
      afterAsOf++;
      continue;
    }
    if (d < fromInt) {
      beforeStart++;
      continue;
    }
    const m = member[e];
    if (exempt[m] === 1) continue;
    if (d < yearStart || d > yearEnd) throw new RangeError(`entry ${e}: date ${d} is outside ${year}`);
    const it = item[e];
    const base = basePoints(r, entries, e, it);
    if (base !== base) {
      // A veto (NaN): remember the earliest (then lowest item index) so the explanation is deterministic.
      if (vetoItem[m] < 0 || d < vetoDay[m] || (d === vetoDay[m] && it < vetoItem[m])) {
        vetoDay[m] = d;
        vetoItem[m] = it;
      }
      vetoEffect[m] |= compiled.items[it].vetoEffect;
      continue;
    }
    const points = multiplied(r, m, d, it, base);
    const span = spread[it];
    if (span === 0) {
      const cell = (m * periodCount + period[e]) * slotCount + slot[it];
      cells[cell] = (cells[cell] + points) as Centi;
      continue;
    }
    spreadPeriods(period[e], span, firstPeriod, endPeriod, range);
    for (let p = range[0]; p < range[1]; p++) {
      const cell = (m * periodCount + p) * slotCount + slot[it];
      cells[cell] = (cells[cell] + points) as Centi;
    }
  }
  return { afterAsOf, beforeStart };
}
