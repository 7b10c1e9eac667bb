import type { Inserted } from '../db/document-collection';
import type { ReportDoc, ReportStatus } from './report.doc';

export interface Page {
  offset: number;
  limit: number;
}

/** Reports (申报) as the reports room needs them. */
export interface ReportRepository {
  byId(id: string): Promise<ReportDoc | null>;
  /** A new report; a retry or concurrent twin (same id) finds the one already stored. */
  insert(report: ReportDoc): Promise<Inserted<ReportDoc>>;
  /** Sets fields of a report (inside a transaction: the approval). */
  update(id: string, fields: Partial<Omit<ReportDoc, '_id'>>): Promise<void>;
  /** Changes a report only while it is pending (and, when given, the submitter's); answers it as changed, or null. */
  changeIfPending(id: string, fields: Partial<Omit<ReportDoc, '_id'>>, openid?: string): Promise<ReportDoc | null>;
  /** The branch's pending reports, oldest first, and how many there are. */
  queue(branchId: string, page: Page): Promise<{ total: number; reports: ReportDoc[] }>;
  /** A member's reports, newest first (of one status when given), and how many. */
  ofMember(memberId: string, status: ReportStatus | undefined, page: Page): Promise<{ total: number; reports: ReportDoc[] }>;
  pendingCountOfMember(memberId: string): Promise<number>;
  pendingCountOfBranch(branchId: string): Promise<number>;
  /** Reports of the branch still waiting in these periods of the year. */
  pendingCountInPeriods(branchId: string, year: number, periods: readonly string[]): Promise<number>;
  /** Members of the branch with a pending or approved report in one of the periods (one grouped query). */
  membersReportingIn(branchId: string, year: number, periodKeys: string[]): Promise<string[]>;
  anyInBranchYear(branchId: string, year: number): Promise<boolean>;
  /**
   * Each branch's reports counted in the database (one request per 1000 branches): those dated in [from, to]
   * by status, and those of any date still pending since before `waitingSince`.
   */
  figuresByBranch(branchIds: readonly string[], from: string, to: string, waitingSince: Date): Promise<BranchReportFigures[]>;
}

/** One branch's reports counted: dated in the range (withdrawn left out) by status, and waiting long. */
export interface BranchReportFigures {
  branchId: string;
  reported: number;
  confirmed: number;
  rejected: number;
  pending: number;
  waitingLong: number;
}
