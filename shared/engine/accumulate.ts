import { applyPercent } from '../points';
import { ItemKind } from './compiled-scheme';
import type { EntryColumns } from './entry-columns';
import type { MemberMultiplier, ScoreTable } from './score-table';

// Local copies: reading an imported enum inside the hot loop costs a property load per entry.
const FIXED = ItemKind.Fixed as number;
const PER_OCCURRENCE = ItemKind.PerOccurrence as number;
const RANGE = ItemKind.Range as number;
const LEVELS = ItemKind.Levels as number;

/** Item tables in typed arrays, shared by bulk accumulation and by a member's explained detail. */
export interface EntryResolver {
  kind: Int8Array;
  value: Int32Array;
  min: Int32Array;
  max: Int32Array;
  category: Int32Array;
  slot: Int32Array;
  levels: Int32Array[];
  multipliers: (MemberMultiplier[] | null)[];
  birth: Int32Array;
  anyMultiplier: boolean;
}

export function entryResolver(table: ScoreTable): EntryResolver {
  const items = table.compiled.items;
  return {
    kind: Int8Array.from(items, (i) => i.kind),
    value: Int32Array.from(items, (i) => i.value),
    min: Int32Array.from(items, (i) => i.min),
    max: Int32Array.from(items, (i) => i.max),
    category: Int32Array.from(items, (i) => i.category),
    slot: Int32Array.from(items, (i) => i.slot),
    levels: items.map((i) => Int32Array.from(i.levelValues)),
    multipliers: table.multipliers,
    birth: table.birth,
    anyMultiplier: table.compiled.hasMultipliers,
  };
}

/** Points of entry `e` before multipliers (hundredths); NaN for a veto. Checks range and level bounds. */
export function basePoints(r: EntryResolver, entries: EntryColumns, e: number, it: number): number {
  const k = r.kind[it];
  if (k === FIXED) return r.value[it];
  if (k === RANGE) {
    const base = entries.points[e];
    if (base < r.min[it] || base > r.max[it]) throw new RangeError(`entry ${e}: points ${base / 100} outside the item's range`);
    return base;
  }
  if (k === PER_OCCURRENCE) return r.value[it] * entries.quantity[e];
  if (k === LEVELS) {
    const table = r.levels[it];
    const l = entries.level[e];
    if (l < 0 || l >= table.length) throw new RangeError(`entry ${e}: no level ${l}`);
    return table[l];
  }
  return Number.NaN;
}

/** Additions multiplied by the first multiplier matching the member's age on the entry's date. */
export function multiplied(r: EntryResolver, m: number, day: number, it: number, base: number): number {
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
 * Sums approved entries into member × period × slot cells (hundredths), applying multipliers to
 * additions by the member's age on the entry's date, and records each member's earliest veto.
 * The only pass over the entries: sums commute, so the order of entries never matters.
 */
export function accumulate(table: ScoreTable, entries: EntryColumns): { afterAsOf: number; beforeStart: number } {
  const { compiled, cells, exempt, vetoDay, vetoItem, vetoEffect, P, S, asOfInt, fromInt, year } = table;
  const r = entryResolver(table);
  const { member, day, period, item, length } = entries;
  const slot = r.slot;
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
    cells[(m * P + period[e]) * S + slot[it]] += multiplied(r, m, d, it, base);
  }
  return { afterAsOf, beforeStart };
}
