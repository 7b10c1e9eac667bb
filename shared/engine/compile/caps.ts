import { Centi, toCenti } from '../../points';
import type { Cap } from '../../scheme/schema';
import { CompiledBlock, CompiledCap, CompiledItem, NO_LIMIT } from './compiled-scheme';

/** A cap's limit in hundredths; NO_LIMIT when the scheme leaves it out. */
export function capOf(cap: Cap | undefined, key: 'perPeriod' | 'perYear'): Centi {
  const value = cap?.[key];
  return value === undefined ? NO_LIMIT : toCenti(value);
}

/** A cap, or null when neither limit is set; its running total is numbered by numberCaps. */
export function compiledCap(kind: CompiledCap['kind'], owner: number, perPeriod: Centi, perYear: Centi): CompiledCap | null {
  return perPeriod === NO_LIMIT && perYear === NO_LIMIT ? null : { kind, owner, perPeriod, perYear, total: -1 };
}

/** Gives every cap the index of its running total; returns how many there are. */
export function numberCaps(items: CompiledItem[], blocks: CompiledBlock[]): number {
  let next = 0;
  for (const item of items) if (item.cap) item.cap.total = next++;
  for (const block of blocks) {
    if (block.gainCap) block.gainCap.total = next++;
    if (block.lossCap) block.lossCap.total = next++;
  }
  return next;
}
