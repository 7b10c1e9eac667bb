import type { AppealDoc, ChainHeadDoc, ConfirmationDoc, SealRecordDoc } from './appeal.doc';
import type { PublicationDoc } from './publication.doc';

/** A publication as the committee's timeline needs it. */
export type PublicationMoment = Pick<PublicationDoc, 'branchId' | 'period' | 'kind' | 'status' | 'publishedAt' | 'windowEndsAt'>;

/** One branch's appeals counted. */
export interface BranchAppealFigures {
  branchId: string;
  open: number;
  overdue: number;
  filed: number;
  accepted: number;
  rejected: number;
}

/** Publications (公示), one per branch and period. */
export interface PublicationRepository {
  byId(id: string): Promise<PublicationDoc | null>;
  /** A new publication; when the period was published already (a twin, a retry), the one that is there. */
  insert(publication: PublicationDoc): Promise<{ created: boolean; publication: PublicationDoc }>;
  /** Sets fields of a publication (inside the finalizing transaction, after reading it there). */
  update(id: string, fields: Partial<Omit<PublicationDoc, '_id'>>): Promise<void>;
  /** Sets fields of an open publication only; answers it as changed, or null when it was final already. */
  changeIfOpen(id: string, fields: Partial<Omit<PublicationDoc, '_id'>>): Promise<PublicationDoc | null>;
  /** A branch's publications of a year, newest first. */
  ofBranchYear(branchId: string, year: number): Promise<PublicationDoc[]>;
  /** A branch's final publications in the order they were finalized (the seal chain). */
  finalOfBranch(branchId: string): Promise<PublicationDoc[]>;
  /** The branch's latest final publication (the previous link of the next seal), or null. */
  latestFinalOfBranch(branchId: string): Promise<PublicationDoc | null>;
  /** When each branch of the committee published which period of the year (the committee's view; one request per 1000). */
  timelineOfCommitteeYear(committeeId: string, year: number): Promise<PublicationMoment[]>;
}

/** Members' appeals against publications. */
export interface AppealRepository {
  byId(id: string): Promise<AppealDoc | null>;
  /** A new appeal; a retried filing (same id) finds the first. */
  insert(appeal: AppealDoc): Promise<{ created: boolean; appeal: AppealDoc }>;
  /** Sets fields of an appeal (inside the answering transaction, after reading it there). */
  update(id: string, fields: Partial<Omit<AppealDoc, '_id'>>): Promise<void>;
  /** Answers an appeal only while it is open; answers it as changed, or null when it was answered already. */
  answerIfOpen(
    id: string,
    fields: Pick<AppealDoc, 'status' | 'answeredAt' | 'answeredBy' | 'answer' | 'correctionEntryId'>,
  ): Promise<AppealDoc | null>;
  ofPublication(publicationId: string): Promise<AppealDoc[]>;
  openCountOfPublication(publicationId: string): Promise<number>;
  /** A branch's open appeals, the most urgent first. */
  openOfBranch(branchId: string): Promise<AppealDoc[]>;
  /**
   * Each branch's appeals counted in the database (one request per 1000 branches): open ones of any period,
   * those past their answer limit at `now`, and those filed in [from, to) by how they were answered.
   */
  figuresOfCommittee(committeeId: string, from: Date, to: Date, now: Date): Promise<BranchAppealFigures[]>;
  /** Every branch's open appeals past their answer limit at `now`, the oldest limit first (at most 1000: the timer's daily check). */
  overdueOpen(now: Date): Promise<AppealDoc[]>;
  /** A member's appeals filed at or after `since`, newest first, at most `limit`. */
  ofMemberSince(memberId: string, since: Date, limit: number): Promise<AppealDoc[]>;
}

/** Members' sign-offs of published periods. */
export interface ConfirmationRepository {
  /** Records a sign-off (once: a second one finds the first). */
  confirm(confirmation: ConfirmationDoc): Promise<ConfirmationDoc>;
  ofPublication(publicationId: string): Promise<ConfirmationDoc[]>;
}

/** The ledger lines each final publication counted, with their hashes. */
export interface SealRecordRepository {
  put(record: SealRecordDoc): Promise<void>;
  byId(publicationId: string): Promise<SealRecordDoc | null>;
  /** The branch's latest link (none before its first final publication). */
  head(branchId: string): Promise<ChainHeadDoc | null>;
  setHead(head: ChainHeadDoc): Promise<void>;
}
