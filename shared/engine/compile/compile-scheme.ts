import { periodsPerYear } from '../../period';
import { asCenti } from '../../points';
import type { Scheme } from '../../scheme/schema';
import { assignSlots } from './assign-slots';
import { numberCaps } from './caps';
import { compileBlock } from './compile-block';
import { compileItem } from './compile-item';
import { CompiledBlock, CompiledCategory, CompiledItem, CompiledScheme, ItemKind } from './compiled-scheme';
import { gradeMask } from './grade-masks';
import { shareStarts } from './share-starts';

/** Turns a validated scheme into index-based tables the engine's hot loops use. Pure and cheap. */
export function compileScheme(scheme: Scheme): CompiledScheme {
  const items: CompiledItem[] = [];
  const blocks: CompiledBlock[] = [];
  const categories: CompiledCategory[] = [];

  scheme.categories.forEach((category, c) => {
    const categoryBlock = compileBlock(category, blocks.length, c, -1);
    blocks.push(categoryBlock);
    const sectionBlocks: number[] = [];
    category.sections.forEach((section, s) => {
      const block = compileBlock(section, blocks.length, c, s);
      blocks.push(block);
      sectionBlocks.push(block.index);
      for (const item of section.items) {
        const compiled = compileItem(item, items.length, c, block.index);
        items.push(compiled);
        block.items.push(compiled.index);
      }
    });
    for (const item of category.items) {
      const compiled = compileItem(item, items.length, c, categoryBlock.index);
      items.push(compiled);
      categoryBlock.items.push(compiled.index);
    }
    categories.push({
      index: c,
      code: category.code,
      name: category.name,
      group: category.group,
      scope: category.scope,
      block: categoryBlock.index,
      sectionBlocks,
      source: category,
    });
  });

  const starts = Float64Array.from(blocks, (b) => b.start);
  for (const category of categories) shareStarts(category, blocks, blocks[category.block].start, starts);
  blocks.forEach((block, b) => (block.start = asCenti(starts[b])));

  const slotCount = assignSlots(items, blocks);
  const yearSlots = new Set<number>();
  for (const item of items) if (item.slot >= 0 && categories[item.category].scope === 'year') yearSlots.add(item.slot);
  return {
    scheme,
    periodCount: periodsPerYear(scheme.period),
    items,
    itemIndex: new Map(items.map((item) => [item.code, item.index])),
    blocks,
    categories,
    periodCategories: categories.filter((c) => c.scope === 'period').map((c) => c.index),
    yearCategories: categories.filter((c) => c.scope === 'year').map((c) => c.index),
    hasMultipliers: scheme.multipliers.length > 0,
    hasVetoes: items.some((item) => item.kind === ItemKind.Veto),
    hasSpread: items.some((item) => item.spread > 0),
    hasPledges: items.some((item) => item.pledge),
    starts,
    carriedBlocks: categories.filter((c) => blocks[c.block].carryPercent > 0).map((c) => c.block),
    slotCount,
    capCount: numberCaps(items, blocks),
    yearSlots: Int32Array.from(yearSlots),
    warningGrades: scheme.warnings.map((w) => gradeMask(scheme, w.when.grades)),
    probationGrades: scheme.probation.flags.map((f) => gradeMask(scheme, f.grades)),
  };
}
