import { asCenti, Centi } from '../../points';
import type { Category, Item, Scheme } from '../../scheme/schema';

/*
 * What a compiled scheme is: index-based tables the engine's loops read (compile-scheme.ts builds them).
 */

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
  /** Judged against the member's pledge (kind 'pledge', compiled as a range): once per member and period, only with a pledge. */
  pledge: boolean;
  /** A count threshold: nobody enters it; the engine gives it from the count of other items' entries. */
  threshold: boolean;
}

/** A category or a section: start, floor, ceiling and caps, with the items it sums directly. */
export interface CompiledBlock {
  index: number;
  code: string;
  name: string;
  category: number;
  /** −1 for a category block; the section's position otherwise. */
  section: number;
  /** Full marks the block starts from; for a section with a share, its part of the category's start. */
  start: Centi;
  /** A category's start taken as this percentage of the member's last-year total (0: a fixed start). */
  carryPercent: number;
  /** A section's percentage of its category's start (0: full marks of its own). */
  share: number;
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
  /** Some item is judged against members' pledges (kind 'pledge'). */
  hasPledges: boolean;
  /** Some item counts in periods other than its entry's own (countsIn). */
  hasSpread: boolean;
  /** Each block's start (CompiledBlock.start): what an evaluation's `starts` hold for a member without a carried start. */
  starts: Float64Array;
  /** Category blocks whose start is carried from the member's last year (startFromLastYear). */
  carriedBlocks: number[];
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
