import { CompiledBlock, CompiledItem, NO_LIMIT } from './compiled-scheme';

/**
 * Bulk scoring keeps one cell per slot, not per item: a block's uncapped additions share a slot, so do
 * its uncapped deductions, and each item with a cap of its own has one. (001: 8 slots for 21 items.)
 * Fills each item's `slot` and each block's pools and capped items; returns the number of slots.
 */
export function assignSlots(items: CompiledItem[], blocks: CompiledBlock[]): number {
  let next = 0;
  for (const block of blocks) {
    for (const it of block.items) {
      const item = items[it];
      if (item.sign === 0) continue;
      if (item.capPeriod !== NO_LIMIT || item.capYear !== NO_LIMIT) {
        item.slot = next++;
        block.capped.push(it);
      } else if (item.sign > 0) {
        if (block.gainPool < 0) block.gainPool = next++;
        item.slot = block.gainPool;
      } else {
        if (block.lossPool < 0) block.lossPool = next++;
        item.slot = block.lossPool;
      }
    }
  }
  return next;
}
