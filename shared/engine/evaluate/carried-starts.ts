import { applyPercent, asCenti, Centi, fromCenti, toCenti, ZERO_CENTI } from '../../points';
import { shareStarts } from '../compile/share-starts';
import { carriedStartText } from '../trace-wording';
import type { EvaluationContext } from './evaluation-context';

/**
 * Step 0 where the scheme carries a start from last year (以后每年基础分值为上年度党员个人积分的 20%):
 * each such category starts from its percentage of the member's own total of the year before, or from
 * the scheme's start when there is none; its sections with a share take their parts of it. Writes the
 * member's starts into the context (other blocks keep the scheme's).
 */
export function carryStarts(ctx: EvaluationContext): void {
  const { compiled, table: t } = ctx;
  if (compiled.carriedBlocks.length === 0) return;
  const lastYear = t.history[ctx.member].find((h) => h.year === t.year - 1);
  for (const b of compiled.carriedBlocks) {
    const block = compiled.blocks[b];
    const category = compiled.categories[block.category];
    const fixed = toCenti(category.source.start);
    let start: Centi = fixed;
    let previous: Centi | null = null;
    if (lastYear?.total !== undefined) {
      previous = toCenti(lastYear.total);
      start = applyPercent(previous > 0 ? previous : ZERO_CENTI, block.carryPercent);
    }
    shareStarts(category, compiled.blocks, start, ctx.starts);
    ctx.recorder?.line({
      rule: 'carry',
      category: category.code,
      before: previous === null ? undefined : fromCenti(previous),
      points: fromCenti(start),
      message: carriedStartText(block.name, t.year - 1, previous, block.carryPercent, asCenti(start)),
    });
  }
}
