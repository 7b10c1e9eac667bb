import { applyPercent } from '../points';
import { ItemKind } from './compiled-scheme';
import type { EntryColumns } from './entry-columns';
import type { ScoreTable } from './score-table';

/**
 * Sums approved entries into member × period × item cells (hundredths), applying multipliers
 * to additions by the member's age on the entry's date, and records each member's earliest veto.
 * The only pass over the entries: sums commute, so the order of entries never matters.
 */
export function accumulate(table: ScoreTable, entries: EntryColumns): { afterAsOf: number } {
  const { compiled, cells, counts, raw, exempt, birth, multipliers, vetoDay, vetoItem, vetoEffect, P, I, asOfInt, year } = table;
  const items = compiled.items;
  const kind = Int8Array.from(items, (i) => i.kind);
  const value = Int32Array.from(items, (i) => i.value);
  const min = Int32Array.from(items, (i) => i.min);
  const max = Int32Array.from(items, (i) => i.max);
  const category = Int32Array.from(items, (i) => i.category);
  const levels = items.map((i) => Int32Array.from(i.levelValues));
  const quarterly = compiled.scheme.period === 'quarter';
  const { member, day, item, points, quantity, level, length } = entries;
  const yearStart = year * 10_000;
  const yearEnd = yearStart + 1231;
  let afterAsOf = 0;

  for (let e = 0; e < length; e++) {
    const d = day[e];
    if (d > asOfInt) {
      afterAsOf++;
      continue;
    }
    const m = member[e];
    if (exempt[m] === 1) continue;
    const it = item[e];
    if (d < yearStart || d > yearEnd) throw new RangeError(`entry ${e}: date ${d} is outside ${year}`);
    let base: number;
    switch (kind[it]) {
      case ItemKind.Fixed:
        base = value[it];
        break;
      case ItemKind.PerOccurrence:
        base = value[it] * quantity[e];
        break;
      case ItemKind.Range:
        base = points[e];
        if (base < min[it] || base > max[it]) throw new RangeError(`entry ${e}: points ${base / 100} outside the item's range`);
        break;
      case ItemKind.Levels: {
        const l = level[e];
        const table = levels[it];
        if (l < 0 || l >= table.length) throw new RangeError(`entry ${e}: no level ${l}`);
        base = table[l];
        break;
      }
      default: {
        // A veto: remember the earliest (then lowest item index) so the explanation is deterministic.
        if (vetoItem[m] < 0 || d < vetoDay[m] || (d === vetoDay[m] && it < vetoItem[m])) {
          vetoDay[m] = d;
          vetoItem[m] = it;
        }
        vetoEffect[m] |= items[it].vetoEffect;
        continue;
      }
    }
    const month = ((d / 100) | 0) % 100;
    const p = quarterly ? ((month - 1) / 3) | 0 : month - 1;
    let effective = base;
    if (base > 0) {
      const list = multipliers[m];
      if (list !== null) {
        const age = ((d - birth[m]) / 10_000) | 0;
        for (let k = 0; k < list.length; k++) {
          const mult = list[k];
          if (age >= mult.ageAtLeast && age < mult.ageBelow && mult.categories[category[it]]) {
            effective = applyPercent(base, mult.percent);
            break;
          }
        }
      }
    }
    const cell = (m * P + p) * I + it;
    cells[cell] += effective;
    counts[cell]++;
    if (raw !== null) raw[cell] += base;
  }
  return { afterAsOf };
}
