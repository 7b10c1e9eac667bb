import type { YearSheetDoc } from './year-sheet.doc';

/** A year sheet's grades only: the proposal's bands and each member's proposed grade, and the committee's changes. */
export interface SheetGrades {
  branchId: string;
  status: YearSheetDoc['status'];
  proposal: { bands: { code: string; name: string }[]; rows: { memberId: string; grade: string | null }[] } | null;
  decision: { changes: { memberId: string; to: string }[] } | null;
}

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
  /** The grades on each sheet of the committee's year: proposed and decided, without the rest (one request per 1000). */
  gradesOfCommitteeYear(committeeId: string, year: number): Promise<SheetGrades[]>;
  /** A branch's sheets of these years, those that exist (one request). */
  ofBranchYears(branchId: string, years: readonly number[]): Promise<YearSheetDoc[]>;
}
