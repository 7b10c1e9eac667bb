/**
 * The single-letter names ScoreTable's sizes and counted periods had before they got real ones. Kept,
 * with the same values, so code written against them still compiles; nothing in the engine reads them.
 */
export interface ScoreTableShortNames {
  /** @deprecated Use `memberCount`. */
  readonly M: number;
  /** @deprecated Use `periodCount`. */
  readonly P: number;
  /** @deprecated Use `itemCount`. */
  readonly I: number;
  /** @deprecated Use `slotCount`. */
  readonly S: number;
  /** @deprecated Use `categoryCount`. */
  readonly C: number;
  /** @deprecated Use `firstPeriod`. */
  readonly first: number;
  /** @deprecated Use `endPeriod`. */
  readonly counted: number;
}

export function shortNames(sizes: {
  memberCount: number;
  periodCount: number;
  itemCount: number;
  slotCount: number;
  categoryCount: number;
  firstPeriod: number;
  endPeriod: number;
}): ScoreTableShortNames {
  return {
    M: sizes.memberCount,
    P: sizes.periodCount,
    I: sizes.itemCount,
    S: sizes.slotCount,
    C: sizes.categoryCount,
    first: sizes.firstPeriod,
    counted: sizes.endPeriod,
  };
}
