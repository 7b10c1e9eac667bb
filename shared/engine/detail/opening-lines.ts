import { fromCenti } from '../../points';
import { NO_FLOOR } from '../compile/compiled-scheme';
import type { ScoreTable } from '../table/score-table';
import type { TraceLine } from '../trace';
import { blockRuleText, everyText, reversalText } from '../trace-wording';

/** The rules each start-full block applies in every period, stated once at the top of the trace. */
export function blockRuleLines(t: ScoreTable): TraceLine[] {
  const lines: TraceLine[] = [];
  for (const block of t.compiled.blocks) {
    if (block.start === 0) continue;
    const category = t.compiled.categories[block.category];
    const every = everyText(category.scope, t.compiled.scheme.period);
    const floor = block.floor === NO_FLOOR ? null : block.floor;
    lines.push({
      rule: 'block',
      category: category.code,
      section: block.section >= 0 ? block.code : undefined,
      points: fromCenti(block.start),
      message: blockRuleText(block.name, every, block.start, floor),
    });
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
