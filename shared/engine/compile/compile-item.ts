import { toCenti, ZERO_CENTI } from '../../points';
import type { Item } from '../../scheme/schema';
import { capOf, compiledCap } from './caps';
import { CompiledItem, ItemKind, VETO_LOWEST_GRADE, VETO_ZERO_YEAR } from './compiled-scheme';

/** +1 for an addition, −1 for a deduction (by the sign of its points), 0 for a veto. */
function itemSign(item: Item): 1 | -1 | 0 {
  const p = item.points;
  switch (p.kind) {
    case 'fixed':
    case 'perOccurrence':
    case 'countThreshold':
      return p.value > 0 ? 1 : -1;
    case 'range':
      return p.max > 0 ? 1 : -1;
    case 'pledge':
    case 'count':
      return 1;
    case 'levels':
      return p.levels[0].value > 0 ? 1 : -1;
    case 'veto':
      return 0;
  }
}

const KIND: Record<Item['points']['kind'], ItemKind> = {
  fixed: ItemKind.Fixed,
  perOccurrence: ItemKind.PerOccurrence,
  range: ItemKind.Range,
  levels: ItemKind.Levels,
  veto: ItemKind.Veto,
  // Points picked within a range, as for a range item; `pledge` marks the once-a-period rule and the evidence.
  pledge: ItemKind.Range,
  // Given as a fixed entry made by the engine at the end of its scope (input/count-thresholds.ts).
  countThreshold: ItemKind.Fixed,
  // Occurrences worth 0 points each: counted by thresholds, silent in the block sums.
  count: ItemKind.PerOccurrence,
};

/** An item of category `category`, summed by block `block`; its slot is assigned later (assignSlots). */
export function compileItem(item: Item, index: number, category: number, block: number): CompiledItem {
  const p = item.points;
  const capPeriod = capOf(item.cap, 'perPeriod');
  const capYear = capOf(item.cap, 'perYear');
  return {
    index,
    code: item.code,
    name: item.name,
    source: item,
    kind: KIND[p.kind],
    category,
    block,
    sign: itemSign(item),
    value: p.kind === 'fixed' || p.kind === 'perOccurrence' || p.kind === 'countThreshold' ? toCenti(p.value) : ZERO_CENTI,
    min: p.kind === 'range' || p.kind === 'pledge' ? toCenti(p.min) : ZERO_CENTI,
    max: p.kind === 'range' || p.kind === 'pledge' ? toCenti(p.max) : ZERO_CENTI,
    step: p.kind === 'range' || p.kind === 'pledge' ? toCenti(p.step) : ZERO_CENTI,
    maxQuantity: p.kind === 'perOccurrence' || p.kind === 'count' ? p.maxQuantity : 1,
    levelCodes: p.kind === 'levels' ? p.levels.map((l) => l.code) : [],
    levelValues: p.kind === 'levels' ? p.levels.map((l) => toCenti(l.value)) : [],
    vetoEffect: p.kind === 'veto' ? (p.effect === 'zeroYear' ? VETO_ZERO_YEAR : VETO_LOWEST_GRADE) : 0,
    capPeriod,
    capYear,
    cap: compiledCap('item', index, capPeriod, capYear),
    slot: -1,
    spread: item.countsIn === 'eachMonthOfQuarter' ? 3 : 0,
    pledge: p.kind === 'pledge',
    threshold: p.kind === 'countThreshold',
  };
}
