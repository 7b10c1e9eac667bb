import type { Page } from '../reports/report-repository';
import type { EntryInput } from '../../shared/engine';
import type { LedgerEntryDoc } from './ledger-entry.doc';

/** The ledger (台账): append-only lines, each with a unique source key. */
export interface LedgerRepository {
  byId(id: string): Promise<LedgerEntryDoc | null>;
  /** Lines by their source keys (one request for up to 1000 keys). */
  bySourceKeys(sourceKeys: readonly string[]): Promise<LedgerEntryDoc[]>;
  /** Appends lines in one write: all or none (a line whose source key exists refuses the batch: DuplicateLineError). */
  append(lines: readonly LedgerEntryDoc[]): Promise<void>;
  /** Appends a line; when its source key was written already (a retry), answers the line that is there. */
  appendOnce(line: LedgerEntryDoc): Promise<{ created: boolean; line: LedgerEntryDoc }>;
  /** Every line of a member for a year (one request per 1000). */
  ofMemberYear(memberId: string, year: number): Promise<LedgerEntryDoc[]>;
  /** A page of a member's lines for a year, newest first, and how many there are. */
  pageOfMemberYear(memberId: string, year: number, page: Page): Promise<{ total: number; lines: LedgerEntryDoc[] }>;
  /**
   * Every line of a branch's year as the scoring core reads it: grouped by member in the database, so
   * one request per 250 members however many lines each has (what scoring a whole branch costs).
   */
  scoringEntriesOfBranchYear(branchId: string, year: number): Promise<EntryInput[]>;
  /** The branch's lines dated within [from, to] and written by `writtenBy` (one request per 1000). */
  datedIn(branchId: string, year: number, from: string, to: string, writtenBy: Date): Promise<LedgerEntryDoc[]>;
  /** Members of the branch with a positive line (not a reversal) in one of the periods (one grouped query). */
  membersCreditedIn(branchId: string, year: number, periodKeys: string[]): Promise<string[]>;
  anyInBranchYear(branchId: string, year: number): Promise<boolean>;
  /** Every line of a member from the years before `year` (one request per 1000): an exchange balance carried over. */
  ofMemberBefore(memberId: string, year: number): Promise<LedgerEntryDoc[]>;
}
