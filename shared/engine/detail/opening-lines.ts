import { fromCenti, toCenti } from '../../points';
import { NO_FLOOR } from '../compile/compiled-scheme';
import type { ScoreTable } from '../table/score-table';
import type { TraceLine } from '../trace';
import { blockRuleText, carriedRuleText, countThresholdText, everyText, pledgeText, reversalText, shareRuleText } from '../trace-wording';

/**
 * The rules each start-full block applies in every period, stated once at the top of the trace: its full
 * marks, or where it starts from last year's total, or the share of its category's start a section takes.
 */
export function blockRuleLines(t: ScoreTable): TraceLine[] {
  const lines: TraceLine[] = [];
  for (const block of t.compiled.blocks) {
    const category = t.compiled.categories[block.category];
    const every = everyText(category.scope, t.compiled.scheme.period);
    const floor = block.floor === NO_FLOOR ? null : block.floor;
    const at = { rule: 'block' as const, category: category.code, section: block.section >= 0 ? block.code : undefined };
    if (block.carryPercent > 0) {
      const fallback = toCenti(category.source.start);
      lines.push({ ...at, points: fromCenti(fallback), message: carriedRuleText(block.name, block.carryPercent, fallback, floor) });
    } else if (block.share > 0) {
      lines.push({ ...at, points: fromCenti(block.start), message: shareRuleText(block.name, category.name, block.share, floor) });
    } else if (block.start !== 0) {
      lines.push({ ...at, points: fromCenti(block.start), message: blockRuleText(block.name, every, block.start, floor) });
    }
  }
  return lines;
}

/** Member m's entries cancelled by reversals, one line each. */
export function reversalLines(t: ScoreTable, m: number): TraceLine[] {
  return t.reversals
    .filter((r) => r.member === m)
    .map((r) => {
      const item = t.compiled.items[t.compiled.itemIndex.get(r.item)!];
      return { rule: 'reversal', item: r.item, message: reversalText(r.date, item.name, r.entry, r.by, item.spread > 0) };
    });
}

/** Member m's pledge, where the scheme judges items against it (none otherwise). */
export function pledgeLines(t: ScoreTable, m: number): TraceLine[] {
  return t.compiled.hasPledges ? [{ rule: 'pledge', message: pledgeText(t.members[m].pledge) }] : [];
}

/** Member m's counts for the count-threshold items: how many, the bound, and what it gave. */
export function thresholdLines(t: ScoreTable, m: number): TraceLine[] {
  return t.thresholdCounts
    .filter((c) => c.member === m)
    .map((c) => {
      const item = t.compiled.items[c.item];
      const p = item.source.points;
      const counts = p.kind === 'countThreshold' ? p.counts : [];
      const names = counts.map((code) => t.compiled.items[t.compiled.itemIndex.get(code)!].name);
      const bound = p.kind === 'countThreshold' ? { atMost: p.atMost, atLeast: p.atLeast } : {};
      const where = c.period < 0 ? null : t.periodLabels[c.period];
      return {
        rule: 'countThreshold' as const,
        item: item.code,
        ...(c.period < 0 ? {} : { period: t.periodKeys[c.period] }),
        points: c.met ? fromCenti(item.value) : 0,
        message: countThresholdText(where, names, c.count, bound, item.name, item.value, c.met),
      };
    });
}
