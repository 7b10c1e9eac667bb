import type { Database } from './db/cloudbase';
import { isTransactionConflict } from './db/cloudbase';
import { runContendedTransaction } from './db/contended-transaction';
import type { Command, DocumentSource } from './db/document-source';
import { databaseSource } from './db/document-source';
import { runTransaction } from './db/transaction';
import { CloudbaseBindAttemptRepository, CloudbaseInviteRepository } from './invites/cloudbase-invite-repository';
import type { BindAttemptRepository, InviteRepository } from './invites/invite-repository';
import { CloudbaseLedgerRepository } from './ledger/cloudbase-ledger-repository';
import type { LedgerRepository } from './ledger/ledger-repository';
import { CloudbaseMeetingRepository } from './meetings/cloudbase-meeting-repository';
import type { MeetingRepository } from './meetings/meeting-repository';
import { CloudbaseMemberRepository } from './members/cloudbase-member-repository';
import type { MemberRepository } from './members/member-repository';
import { CloudbaseOrgRepository, CloudbaseSystemRepository } from './orgs/cloudbase-org-repository';
import type { OrgRepository, SystemRepository } from './orgs/org-repository';
import {
  CloudbaseAppealRepository,
  CloudbaseConfirmationRepository,
  CloudbasePublicationRepository,
  CloudbaseSealRecordRepository,
} from './publications/cloudbase-publication-repository';
import type {
  AppealRepository,
  ConfirmationRepository,
  PublicationRepository,
  SealRecordRepository,
} from './publications/publication-repository';
import { CloudbaseReportRepository } from './reports/cloudbase-report-repository';
import type { ReportRepository } from './reports/report-repository';
import { CloudbaseRoleRepository } from './roles/cloudbase-role-repository';
import type { RoleRepository } from './roles/role-repository';
import { CloudbaseBranchYearRepository, CloudbaseSchemeRepository } from './schemes/cloudbase-scheme-repository';
import type { BranchYearRepository, SchemeRepository } from './schemes/scheme-repository';
import { CloudbaseYearSheetRepository } from './year/cloudbase-year-sheet-repository';
import type { YearSheetRepository } from './year/year-sheet-repository';
import {
  CloudbaseExchangeAccountRepository,
  CloudbaseExchangeItemRepository,
  CloudbaseRedemptionRepository,
  CloudbaseStockMovementRepository,
} from './exchange/cloudbase-exchange-repository';
import type {
  ExchangeAccountRepository,
  ExchangeItemRepository,
  RedemptionRepository,
  StockMovementRepository,
} from './exchange/exchange-repository';
import { CloudbaseNoticeMarkRepository, CloudbaseNoticeSubscriptionRepository } from './notices/cloudbase-notice-subscription-repository';
import type { NoticeMarkRepository, NoticeSubscriptionRepository } from './notices/notice-subscription-repository';
import { CloudbasePublicationDraftRepository } from './calendar/cloudbase-draft-repository';
import type { PublicationDraftRepository } from './calendar/draft-repository';

/** Every collection, behind the interface its room owns. Handlers and rules reach stored data only through these. */
export interface Repositories {
  orgs: OrgRepository;
  system: SystemRepository;
  roles: RoleRepository;
  members: MemberRepository;
  invites: InviteRepository;
  bindAttempts: BindAttemptRepository;
  schemes: SchemeRepository;
  branchYears: BranchYearRepository;
  reports: ReportRepository;
  ledger: LedgerRepository;
  meetings: MeetingRepository;
  publications: PublicationRepository;
  appeals: AppealRepository;
  confirmations: ConfirmationRepository;
  sealRecords: SealRecordRepository;
  yearSheets: YearSheetRepository;
  noticeSubscriptions: NoticeSubscriptionRepository;
  noticeMarks: NoticeMarkRepository;
  publicationDrafts: PublicationDraftRepository;
  exchangeItems: ExchangeItemRepository;
  exchangeStock: StockMovementRepository;
  redemptions: RedemptionRepository;
  exchangeAccounts: ExchangeAccountRepository;
}

/** The repositories over CloudBase: the database, or one transaction (the same classes serve both). */
export function cloudbaseRepositories(source: DocumentSource, command: Command): Repositories {
  return {
    orgs: new CloudbaseOrgRepository(source, command),
    system: new CloudbaseSystemRepository(source, command),
    roles: new CloudbaseRoleRepository(source, command),
    members: new CloudbaseMemberRepository(source, command),
    invites: new CloudbaseInviteRepository(source, command),
    bindAttempts: new CloudbaseBindAttemptRepository(source, command),
    schemes: new CloudbaseSchemeRepository(source, command),
    branchYears: new CloudbaseBranchYearRepository(source, command),
    reports: new CloudbaseReportRepository(source, command),
    ledger: new CloudbaseLedgerRepository(source, command),
    meetings: new CloudbaseMeetingRepository(source, command),
    publications: new CloudbasePublicationRepository(source, command),
    appeals: new CloudbaseAppealRepository(source, command),
    confirmations: new CloudbaseConfirmationRepository(source, command),
    sealRecords: new CloudbaseSealRecordRepository(source, command),
    yearSheets: new CloudbaseYearSheetRepository(source, command),
    noticeSubscriptions: new CloudbaseNoticeSubscriptionRepository(source, command),
    noticeMarks: new CloudbaseNoticeMarkRepository(source, command),
    publicationDrafts: new CloudbasePublicationDraftRepository(source, command),
    exchangeItems: new CloudbaseExchangeItemRepository(source, command),
    exchangeStock: new CloudbaseStockMovementRepository(source, command),
    redemptions: new CloudbaseRedemptionRepository(source, command),
    exchangeAccounts: new CloudbaseExchangeAccountRepository(source, command),
  };
}

export interface TransactionOptions {
  /** For a document many callers write at once: a lost transaction waits a little and runs again. */
  contended?: boolean;
  /** The failure to answer when the transaction still loses after its retries (else the database's error, a fault). */
  busy?: () => Error;
}

/** Runs `work` in one transaction over repositories bound to it; it may run again when it loses a conflict. */
export type InTransaction = <T>(work: (repos: Repositories) => Promise<T>, options?: TransactionOptions) => Promise<T>;

/** The repositories of one call, and its transactions. */
export function repositoriesOf(db: Database): { repos: Repositories; transaction: InTransaction } {
  const command = db.command;
  return {
    repos: cloudbaseRepositories(databaseSource(db), command),
    transaction: async (work, options = {}) => {
      const run = (tx: DocumentSource) => work(cloudbaseRepositories(tx, command));
      try {
        return await (options.contended ? runContendedTransaction(db, run as never) : runTransaction(db, run as never));
      } catch (error) {
        if (options.busy && isTransactionConflict(error)) throw options.busy();
        throw error;
      }
    },
  };
}
