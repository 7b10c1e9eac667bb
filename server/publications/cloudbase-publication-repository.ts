import { z } from 'zod';
import { countIf } from '../db/count-if';
import { DocumentCollection } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import { AppealDoc, ChainHeadDoc, chainHeadIdOf, ConfirmationDoc, SealRecordDoc } from './appeal.doc';
import { PublicationDoc } from './publication.doc';
import type {
  AppealRepository,
  BranchAppealFigures,
  ConfirmationRepository,
  PublicationRepository,
  SealRecordRepository,
} from './publication-repository';

export class CloudbasePublicationRepository implements PublicationRepository {
  private readonly publications: DocumentCollection<PublicationDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.publications = new DocumentCollection(source, COLLECTIONS.publications, PublicationDoc, command);
  }

  byId(id: string) {
    return this.publications.byId(id);
  }

  async insert(publication: PublicationDoc) {
    const written = await this.publications.insertOrFind(publication, () => this.publications.byId(publication._id));
    return { created: written.created, publication: written.doc };
  }

  async update(id: string, fields: Partial<Omit<PublicationDoc, '_id'>>) {
    await this.publications.update(id, fields);
  }

  changeIfOpen(id: string, fields: Partial<Omit<PublicationDoc, '_id'>>) {
    return this.publications.updateOneAndReturn({ _id: id, status: 'open' }, fields);
  }

  ofBranchYear(branchId: string, year: number) {
    return this.publications.find({ branchId, year }, { orderBy: [['publishedAt', 'desc']], limit: 100 });
  }

  finalOfBranch(branchId: string) {
    return this.publications.findAll({ branchId, status: 'final' }, [
      ['finalizedAt', 'asc'],
      ['_id', 'asc'],
    ]);
  }

  latestFinalOfBranch(branchId: string) {
    return this.publications
      .find(
        { branchId, status: 'final' },
        {
          orderBy: [
            ['finalizedAt', 'desc'],
            ['_id', 'desc'],
          ],
          limit: 1,
        },
      )
      .then((found) => found[0] ?? null);
  }

  timelineOfCommitteeYear(committeeId: string, year: number) {
    return this.publications.projected(
      { committeeId, year },
      ['branchId', 'period', 'kind', 'status', 'publishedAt', 'windowEndsAt'],
      PublicationMoment,
    );
  }
}

export class CloudbaseAppealRepository implements AppealRepository {
  private readonly appeals: DocumentCollection<AppealDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.appeals = new DocumentCollection(source, COLLECTIONS.appeals, AppealDoc, command);
  }

  byId(id: string) {
    return this.appeals.byId(id);
  }

  async insert(appeal: AppealDoc) {
    const written = await this.appeals.insertOrFind(appeal, () => this.appeals.byId(appeal._id));
    return { created: written.created, appeal: written.doc };
  }

  async update(id: string, fields: Partial<Omit<AppealDoc, '_id'>>) {
    await this.appeals.update(id, fields);
  }

  answerIfOpen(id: string, fields: Pick<AppealDoc, 'status' | 'answeredAt' | 'answeredBy' | 'answer' | 'correctionEntryId'>) {
    return this.appeals.updateOneAndReturn({ _id: id, status: 'open' }, fields);
  }

  ofPublication(publicationId: string) {
    return this.appeals.findAll({ publicationId }, [
      ['filedAt', 'asc'],
      ['_id', 'asc'],
    ]);
  }

  openCountOfPublication(publicationId: string) {
    return this.appeals.count({ publicationId, status: 'open' });
  }

  openOfBranch(branchId: string) {
    return this.appeals.find(
      { branchId, status: 'open' },
      {
        orderBy: [
          ['answerDue', 'asc'],
          ['_id', 'asc'],
        ],
      },
    );
  }

  async figuresOfCommittee(committeeId: string, from: Date, to: Date, now: Date): Promise<BranchAppealFigures[]> {
    const _ = this.appeals.command;
    const $ = _.aggregate;
    const filedIn = $.and([$.gte(['$filedAt', from]), $.lt(['$filedAt', to])]);
    const open = $.eq(['$status', 'open']);
    const rows = await this.appeals.summarized(
      _.and([{ committeeId }, _.or([{ status: 'open' }, { filedAt: _.and([_.gte(from), _.lt(to)]) }])]),
      {
        _id: '$branchId',
        open: countIf($, open),
        overdue: countIf($, $.and([open, $.lt(['$answerDue', now])])),
        filed: countIf($, filedIn),
        accepted: countIf($, $.and([filedIn, $.eq(['$status', 'accepted'])])),
        rejected: countIf($, $.and([filedIn, $.eq(['$status', 'rejected'])])),
      },
      AppealFiguresRow,
    );
    return rows.map(({ _id, ...figures }) => ({ branchId: _id, ...figures }));
  }

  overdueOpen(now: Date) {
    return this.appeals.find(
      { status: 'open', answerDue: this.appeals.command.lt(now) },
      {
        orderBy: [
          ['answerDue', 'asc'],
          ['_id', 'asc'],
        ],
      },
    );
  }

  ofMemberSince(memberId: string, since: Date, limit: number) {
    return this.appeals.find(
      { memberId, filedAt: this.appeals.command.gte(since) },
      {
        orderBy: [
          ['filedAt', 'desc'],
          ['_id', 'desc'],
        ],
        limit,
      },
    );
  }
}

export class CloudbaseConfirmationRepository implements ConfirmationRepository {
  private readonly confirmations: DocumentCollection<ConfirmationDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.confirmations = new DocumentCollection(source, COLLECTIONS.confirmations, ConfirmationDoc, command);
  }

  async confirm(confirmation: ConfirmationDoc) {
    return (await this.confirmations.insertOrFind(confirmation, () => this.confirmations.byId(confirmation._id))).doc;
  }

  ofPublication(publicationId: string) {
    return this.confirmations.findAll({ publicationId });
  }
}

export class CloudbaseSealRecordRepository implements SealRecordRepository {
  private readonly records: DocumentCollection<SealRecordDoc>;
  private readonly heads: DocumentCollection<ChainHeadDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.records = new DocumentCollection(source, COLLECTIONS.sealRecords, SealRecordDoc, command);
    this.heads = new DocumentCollection(source, COLLECTIONS.sealRecords, ChainHeadDoc, command);
  }

  head(branchId: string) {
    return this.heads.byId(chainHeadIdOf(branchId));
  }

  async setHead(head: ChainHeadDoc) {
    await this.heads.put(head);
  }

  async put(record: SealRecordDoc) {
    await this.records.put(record);
  }

  byId(publicationId: string) {
    return this.records.byId(publicationId);
  }
}

const PublicationMoment = PublicationDoc.pick({
  _id: true,
  branchId: true,
  period: true,
  kind: true,
  status: true,
  publishedAt: true,
  windowEndsAt: true,
});
const count = z.number().int();
const AppealFiguresRow = z.object({ _id: z.string(), open: count, overdue: count, filed: count, accepted: count, rejected: count });
