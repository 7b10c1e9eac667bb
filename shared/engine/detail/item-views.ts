import type { Centi, CentiFloatArray } from '../../points';
import { basePoints, EntryResolver, entryResolver, multiplied, spreadPeriods } from '../evaluate/accumulate';
import type { ItemView } from '../evaluate/evaluation-context';
import type { ScoreTable } from '../table/score-table';
import { entriesByMember } from './entries-by-member';

/** An entry that counts in each month of its quarter, for the trace. */
export interface SpreadEntry {
  day: number;
  item: number;
  period: number;
  points: Centi;
}

/** A member's item-level sums for each period and for the counted year, and their entries that count in other months too. */
export interface MemberItemViews {
  period: ItemView[];
  year: ItemView;
  spread: SpreadEntry[];
}

/** The item tables of a table, built on its first explained detail (they depend on nothing else). */
const resolvers = new WeakMap<ScoreTable, EntryResolver>();

function resolverOf(t: ScoreTable): EntryResolver {
  let r = resolvers.get(t);
  if (!r) resolvers.set(t, (r = entryResolver(t)));
  return r;
}

/**
 * One member's item-level sums per period (and for the year), from their entries: for the explanation.
 * Counts what accumulate() counts, entry by entry, and lists the entries that count in other months too.
 */
export function memberItemViews(t: ScoreTable, m: number): MemberItemViews {
  const { periodCount, itemCount } = t;
  const centi = (length: number) => new Float64Array(length) as CentiFloatArray;
  const sums = centi(periodCount * itemCount);
  const counts = new Float64Array(periodCount * itemCount);
  const raw = centi(periodCount * itemCount);
  const spreadIn = new Float64Array(periodCount * itemCount);
  const spread: SpreadEntry[] = [];
  const entries = t.entries;
  if (entries) {
    const r = resolverOf(t);
    const { start, order } = entriesByMember(t);
    const range = new Int32Array(2);
    for (let k = start[m]; k < start[m + 1]; k++) {
      const e = order[k];
      const d = entries.day[e];
      if (d > t.asOfInt || d < t.fromInt) continue;
      const it = entries.item[e];
      const base = basePoints(r, entries, e, it);
      if (base !== base) continue; // a veto carries no points
      const points = multiplied(r, m, d, it, base);
      const own = entries.period[e];
      if (r.spread[it] === 0) {
        range[0] = own;
        range[1] = own + 1;
      } else {
        spreadPeriods(own, r.spread[it], t.firstPeriod, t.endPeriod, range);
        spread.push({ day: d, item: it, period: own, points });
      }
      for (let p = range[0]; p < range[1]; p++) {
        const cell = p * itemCount + it;
        sums[cell] = (sums[cell] + points) as Centi;
        counts[cell]++;
        raw[cell] = (raw[cell] + base) as Centi;
        if (p !== own) spreadIn[cell]++;
      }
    }
  }
  const yearSums = centi(itemCount);
  const yearCounts = new Float64Array(itemCount);
  const yearRaw = centi(itemCount);
  const yearSpreadIn = new Float64Array(itemCount);
  for (let p = t.firstPeriod; p < t.endPeriod; p++) {
    for (let it = 0; it < itemCount; it++) {
      yearSums[it] = (yearSums[it] + sums[p * itemCount + it]) as Centi;
      yearCounts[it] += counts[p * itemCount + it];
      yearRaw[it] = (yearRaw[it] + raw[p * itemCount + it]) as Centi;
      yearSpreadIn[it] += spreadIn[p * itemCount + it];
    }
  }
  return {
    period: Array.from({ length: periodCount }, (_, p) => ({ sums, counts, raw, spreadIn, offset: p * itemCount })),
    year: { sums: yearSums, counts: yearCounts, raw: yearRaw, spreadIn: yearSpreadIn, offset: 0 },
    spread,
  };
}
