import { applyPercent, Centi } from '../../points';
import type { CompiledBlock, CompiledCategory } from './compiled-scheme';

/**
 * Splits a category's start among its sections with a share (逐项扣分，扣完为止): each such section starts
 * from its percentage of `start`; the category keeps the rest. Rounded on the running total (each part is
 * the rounded share so far less the rounded share before it), so the parts always add up to `start` and
 * none is off by more than a hundredth. Writes the starts into `starts` (by block index).
 */
export function shareStarts(category: CompiledCategory, blocks: CompiledBlock[], start: Centi, starts: Float64Array): void {
  let shareSoFar = 0;
  let given = 0;
  for (const b of category.sectionBlocks) {
    const share = blocks[b].share;
    if (share === 0) continue;
    shareSoFar += share;
    const upTo = applyPercent(start, shareSoFar);
    starts[b] = upTo - given;
    given = upTo;
  }
  starts[category.block] = start - given;
}
