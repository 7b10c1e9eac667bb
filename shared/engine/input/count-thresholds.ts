import { localDateToInt, periodAt } from '../../period';
import type { ScoreTable } from '../table/score-table';
import { allocateEntryColumns, EntryColumns } from './entry-columns';

/** One count a threshold item made: member m's entries of the counted items in the year (period −1) or a period. */
export interface ThresholdCount {
  member: number;
  /** Index of the threshold item. */
  item: number;
  /** Period index, or −1 for the year. */
  period: number;
  count: number;
  met: boolean;
}

/**
 * Count thresholds (全年缺席“三会一课”次数不多于1次 加5分): for each threshold item and each scope that has
 * ended by asOf (the year on 31 December, or each period on its last day), counts every member's
 * entries of the counted items (by quantity) in the entries given — approved, not reversed, within the
 * scoring window — and gives the item's points as one more fixed entry dated the scope's last day
 * where the count is within the bound. Returns the entries with those added, and every count made
 * (met or not) for the trace. The entries are returned unchanged when the scheme has no threshold.
 */
export function withCountThresholds(t: ScoreTable, entries: EntryColumns): { entries: EntryColumns; counts: ThresholdCount[] } {
  const { compiled } = t;
  const thresholds = compiled.items.filter((item) => item.threshold);
  if (thresholds.length === 0) return { entries, counts: [] };
  const counts: ThresholdCount[] = [];
  for (const item of thresholds) {
    const p = item.source.points;
    if (p.kind !== 'countThreshold') continue;
    const counted = new Uint8Array(compiled.items.length);
    for (const code of p.counts) counted[compiled.itemIndex.get(code)!] = 1;
    const perPeriod = p.scope === 'period';
    const tally = new Int32Array(t.memberCount * (perPeriod ? t.periodCount : 1));
    for (let e = 0; e < entries.length; e++) {
      const d = entries.day[e];
      if (counted[entries.item[e]] === 0 || d > t.asOfInt || d < t.fromInt) continue;
      const m = entries.member[e];
      tally[perPeriod ? m * t.periodCount + entries.period[e] : m] += entries.quantity[e];
    }
    const scopes = perPeriod ? Array.from({ length: t.endPeriod - t.firstPeriod }, (_, k) => t.firstPeriod + k) : [-1];
    for (const period of scopes) {
      const end = localDateToInt(period < 0 ? `${t.year}-12-31` : periodAt(compiled.scheme.period, t.year, period).end);
      if (end > t.asOfInt) continue;
      for (let m = 0; m < t.memberCount; m++) {
        if (t.exempt[m] !== 0) continue;
        const count = tally[period < 0 ? m : m * t.periodCount + period];
        const met = p.atMost !== undefined ? count <= p.atMost : count >= p.atLeast!;
        counts.push({ member: m, item: item.index, period, count, met });
      }
    }
  }
  return { entries: appendGiven(t, entries, counts), counts };
}

/** The entries and one fixed entry of the threshold item for each count that met its bound. */
function appendGiven(t: ScoreTable, entries: EntryColumns, counts: ThresholdCount[]): EntryColumns {
  const given = counts.filter((c) => c.met);
  const out = allocateEntryColumns(entries.length + given.length);
  const n = entries.length;
  out.member.set(entries.member.subarray(0, n));
  out.day.set(entries.day.subarray(0, n));
  out.period.set(entries.period.subarray(0, n));
  out.item.set(entries.item.subarray(0, n));
  out.points.set(entries.points.subarray(0, n));
  out.quantity.set(entries.quantity.subarray(0, n));
  out.level.set(entries.level.subarray(0, n));
  given.forEach((c, k) => {
    const period = c.period < 0 ? t.periodCount - 1 : c.period;
    out.member[n + k] = c.member;
    out.day[n + k] = localDateToInt(periodAt(t.compiled.scheme.period, t.year, period).end);
    out.period[n + k] = period;
    out.item[n + k] = c.item;
  });
  return out;
}
