import { fromCenti } from '../../points';
import { spreadPeriods } from '../evaluate/accumulate';
import type { ScoreTable } from '../table/score-table';
import type { TraceLine } from '../trace';
import { spreadText } from '../trace-wording';
import type { SpreadEntry } from './item-views';

/** Why months got points from an entry dated in another month: one line per such entry, in date order. */
export function spreadLines(t: ScoreTable, spread: SpreadEntry[]): TraceLine[] {
  spread.sort((a, b) => a.day - b.day || a.item - b.item || a.points - b.points);
  const range = new Int32Array(2);
  return spread.map((s) => {
    const item = t.compiled.items[s.item];
    const start = s.period - (s.period % item.spread);
    spreadPeriods(s.period, item.spread, t.firstPeriod, t.endPeriod, range);
    const labels = (from: number, to: number) => t.periodLabels.slice(from, to);
    const message = spreadText(
      s.day,
      item.name,
      s.points,
      labels(range[0], range[1]),
      range[0] > start ? { labels: labels(start, range[0]), from: t.fromInt } : null,
      range[1] < start + item.spread ? { labels: labels(range[1], start + item.spread), asOf: t.asOf } : null,
    );
    return {
      rule: 'spread',
      period: t.periodKeys[s.period],
      category: t.compiled.categories[item.category].code,
      section: t.compiled.blocks[item.block].section >= 0 ? t.compiled.blocks[item.block].code : undefined,
      item: item.code,
      points: fromCenti(s.points),
      message,
    };
  });
}
