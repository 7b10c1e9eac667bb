import type { YearSheetDoc } from './year-sheet.doc';

/** Branches' years (民主评议、申报、审定), one sheet per branch and year. */
export interface YearSheetRepository {
  of(branchId: string, year: number): Promise<YearSheetDoc | null>;
  /**
   * Writes `next` only if the sheet is still as `read` it (compare-and-set, one request): with `read` null,
   * creates it (false when another write created it first); else replaces it while its revision is still
   * `read.revision` (false when another write came first). Nothing is written on false.
   */
  replaceIfUnchanged(next: YearSheetDoc, read: YearSheetDoc | null): Promise<boolean>;
  /** Decided sheets of the years in [fromYear, toYear] that hold any of these members (one request per 1000 sheets). */
  decidedOfMembers(memberIds: readonly string[], fromYear: number, toYear: number): Promise<YearSheetDoc[]>;
}
