import type { BranchYearDoc, SchemeDoc } from './scheme.doc';

/** Committees' custom scheme versions. */
export interface SchemeRepository {
  byRef(ref: string): Promise<SchemeDoc | null>;
  ofCommittee(committeeId: string): Promise<SchemeDoc[]>;
  /** Saves a new version; false when that id@version exists already. */
  insertVersion(doc: SchemeDoc): Promise<boolean>;
}

/** Branches' pinned schemes, one per branch and year. */
export interface BranchYearRepository {
  of(branchId: string, year: number): Promise<BranchYearDoc | null>;
  put(doc: BranchYearDoc): Promise<void>;
  /** Sets the branch's board settings for the year. */
  setShowRanking(branchId: string, year: number, showRanking: boolean): Promise<boolean>;
  /** Closes periods to new entries (a publication); periods closed already stay closed. */
  closePeriods(branchId: string, year: number, periods: readonly string[]): Promise<void>;
  /** The committee's branch-years of a year, without their schemes (one request per 1000). */
  pinsOfCommitteeYear(committeeId: string, year: number): Promise<BranchYearPin[]>;
  /** Branch-years by id (one request for up to 1000). */
  byIds(ids: readonly string[]): Promise<BranchYearDoc[]>;
  /** The branches with a scheme pinned for the year (one request, at most 1000 branches). */
  branchIdsOfYear(year: number): Promise<string[]>;
  /** Writes a branch-year unless one is there (the committee set it, or a twin timer run opened it): false then. */
  openIfAbsent(doc: BranchYearDoc): Promise<boolean>;
}

/** Which scheme a branch pinned for a year, and from when it scores: a branch-year without its scheme's text. */
export type BranchYearPin = Pick<BranchYearDoc, '_id' | 'branchId' | 'year' | 'schemeId' | 'schemeVersion' | 'source' | 'scoringFrom'>;
