import { asCenti, Centi, toCenti, ZERO_CENTI } from '../../points';
import type { Cap, Category, Item, Scheme, Section } from '../../scheme/schema';
import { periodsPerYear } from '../../period';

export enum ItemKind {
  Fixed = 0,
  PerOccurrence = 1,
  Range = 2,
  Levels = 3,
  Veto = 4,
}

/** A cap or ceiling the scheme leaves out. */
export const NO_LIMIT = asCenti(Number.POSITIVE_INFINITY);
/** A floor the scheme leaves out. */
export const NO_FLOOR = asCenti(Number.NEGATIVE_INFINITY);

/**
 * A cap of the scheme — an item's own, or a block's on its gains or on its losses — with the index of
 * its running total for the year (per-year caps count what earlier periods already used).
 */
export interface CompiledCap {
  /** Whose cap: an item's ('item', owner = item index) or a block's ('gain' / 'loss', owner = block index). */
  kind: 'item' | 'gain' | 'loss';
  owner: number;
  /** NO_LIMIT when the scheme sets none. */
  perPeriod: Centi;
  perYear: Centi;
  /** Index of the cap's running total among the evaluation's `capTotals` (0 … capCount − 1). */
  total: number;
}

export const VETO_ZERO_YEAR = 1;
export const VETO_LOWEST_GRADE = 2;

export interface CompiledItem {
  index: number;
  code: string;
  name: string;
  source: Item;
  kind: ItemKind;
  category: number;
  /** Index into the scheme's blocks of the block that sums this item. */
  block: number;
  /** +1 additions, −1 deductions, 0 vetoes. */
  sign: 1 | -1 | 0;
  value: Centi;
  min: Centi;
  max: Centi;
  step: Centi;
  maxQuantity: number;
  levelCodes: string[];
  levelValues: Centi[];
  vetoEffect: number;
  capPeriod: Centi;
  capYear: Centi;
  /** The item's own cap (capPeriod, capYear); null when it has none. */
  cap: CompiledCap | null;
  /** The table cell (slot) this item adds into; −1 for vetoes. Capped items have a slot of their own. */
  slot: number;
  /**
   * 0: an entry counts in its own period. n > 1: it counts in each of the n periods of the span its
   * date falls in (countsIn 'eachMonthOfQuarter': the 3 months of its quarter), those scored as of asOf.
   */
  spread: number;
}

/** A category or a section: start, floor, ceiling and caps, with the items it sums directly. */
export interface CompiledBlock {
  index: number;
  code: string;
  name: string;
  category: number;
  /** −1 for a category block; the section's position otherwise. */
  section: number;
  start: Centi;
  floor: Centi;
  ceiling: Centi;
  gainCapPeriod: Centi;
  gainCapYear: Centi;
  lossCapPeriod: Centi;
  lossCapYear: Centi;
  /** The cap on the block's gains (gainCapPeriod, gainCapYear); null when it has none. Likewise its losses. */
  gainCap: CompiledCap | null;
  lossCap: CompiledCap | null;
  items: number[];
  /** Slot pooling this block's uncapped additions (−1: none). */
  gainPool: number;
  /** Slot pooling this block's uncapped deductions (−1: none). */
  lossPool: number;
  /** Items with caps of their own, each in its own slot. */
  capped: number[];
}

export interface CompiledCategory {
  index: number;
  code: string;
  name: string;
  group: string | undefined;
  scope: 'period' | 'year';
  block: number;
  sectionBlocks: number[];
  source: Category;
}

export interface CompiledScheme {
  scheme: Scheme;
  periodCount: number;
  items: CompiledItem[];
  itemIndex: Map<string, number>;
  blocks: CompiledBlock[];
  categories: CompiledCategory[];
  periodCategories: number[];
  yearCategories: number[];
  hasMultipliers: boolean;
  hasVetoes: boolean;
  /** Some item counts in periods other than its entry's own (countsIn). */
  hasSpread: boolean;
  /** Number of table cells per member and period. */
  slotCount: number;
  /** Number of caps (items' and blocks'): the size of the running totals an evaluation keeps. */
  capCount: number;
  /** Slots of year-scope categories (summed over the periods once a year). */
  yearSlots: Int32Array;
  /** Per warning: by grade band index, does the grade meet its `grades` condition (null: no such condition). */
  warningGrades: (Uint8Array | null)[];
  /** Per probation flag: the same for flags given by grade (null: a flag by points). */
  probationGrades: (Uint8Array | null)[];
}

/** By band index: 1 where the band's code is listed. */
function gradeMask(scheme: Scheme, codes: readonly string[] | undefined): Uint8Array | null {
  if (!codes) return null;
  return Uint8Array.from(scheme.grading?.bands ?? [], (band) => (codes.includes(band.code) ? 1 : 0));
}

/**
 * Bulk scoring keeps one cell per slot, not per item: a block's uncapped additions share a slot, so do
 * its uncapped deductions, and each item with a cap of its own has one. (001: 8 slots for 21 items.)
 */
function assignSlots(items: CompiledItem[], blocks: CompiledBlock[]): number {
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

function capOf(cap: Cap | undefined, key: 'perPeriod' | 'perYear'): Centi {
  const value = cap?.[key];
  return value === undefined ? NO_LIMIT : toCenti(value);
}

/** A cap, or null when neither limit is set; its running total is numbered by numberCaps. */
function compiledCap(kind: CompiledCap['kind'], owner: number, perPeriod: Centi, perYear: Centi): CompiledCap | null {
  return perPeriod === NO_LIMIT && perYear === NO_LIMIT ? null : { kind, owner, perPeriod, perYear, total: -1 };
}

/** Gives every cap the index of its running total; returns how many there are. */
function numberCaps(items: CompiledItem[], blocks: CompiledBlock[]): number {
  let next = 0;
  for (const item of items) if (item.cap) item.cap.total = next++;
  for (const block of blocks) {
    if (block.gainCap) block.gainCap.total = next++;
    if (block.lossCap) block.lossCap.total = next++;
  }
  return next;
}

function itemSign(item: Item): 1 | -1 | 0 {
  const p = item.points;
  switch (p.kind) {
    case 'fixed':
    case 'perOccurrence':
      return p.value > 0 ? 1 : -1;
    case 'range':
      return p.max > 0 ? 1 : -1;
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
};

function compileItem(item: Item, index: number, category: number, block: number): CompiledItem {
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
    value: p.kind === 'fixed' || p.kind === 'perOccurrence' ? toCenti(p.value) : ZERO_CENTI,
    min: p.kind === 'range' ? toCenti(p.min) : ZERO_CENTI,
    max: p.kind === 'range' ? toCenti(p.max) : ZERO_CENTI,
    step: p.kind === 'range' ? toCenti(p.step) : ZERO_CENTI,
    maxQuantity: p.kind === 'perOccurrence' ? p.maxQuantity : 1,
    levelCodes: p.kind === 'levels' ? p.levels.map((l) => l.code) : [],
    levelValues: p.kind === 'levels' ? p.levels.map((l) => toCenti(l.value)) : [],
    vetoEffect: p.kind === 'veto' ? (p.effect === 'zeroYear' ? VETO_ZERO_YEAR : VETO_LOWEST_GRADE) : 0,
    capPeriod,
    capYear,
    cap: compiledCap('item', index, capPeriod, capYear),
    slot: -1,
    spread: item.countsIn === 'eachMonthOfQuarter' ? 3 : 0,
  };
}

function compileBlock(source: Category | Section, index: number, category: number, section: number): CompiledBlock {
  const gainCapPeriod = capOf(source.gainCap, 'perPeriod');
  const gainCapYear = capOf(source.gainCap, 'perYear');
  const lossCapPeriod = capOf(source.lossCap, 'perPeriod');
  const lossCapYear = capOf(source.lossCap, 'perYear');
  return {
    index,
    code: source.code,
    name: source.name,
    category,
    section,
    start: toCenti(source.start),
    floor: source.floor === undefined ? NO_FLOOR : toCenti(source.floor),
    ceiling: source.ceiling === undefined ? NO_LIMIT : toCenti(source.ceiling),
    gainCapPeriod,
    gainCapYear,
    lossCapPeriod,
    lossCapYear,
    gainCap: compiledCap('gain', index, gainCapPeriod, gainCapYear),
    lossCap: compiledCap('loss', index, lossCapPeriod, lossCapYear),
    items: [],
    gainPool: -1,
    lossPool: -1,
    capped: [],
  };
}

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
    slotCount,
    capCount: numberCaps(items, blocks),
    yearSlots: Int32Array.from(yearSlots),
    warningGrades: scheme.warnings.map((w) => gradeMask(scheme, w.when.grades)),
    probationGrades: scheme.probation.flags.map((f) => gradeMask(scheme, f.grades)),
  };
}
