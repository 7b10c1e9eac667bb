import { z } from 'zod';
import { countIf } from '../db/count-if';
import { DocumentCollection } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import { ReportDoc, ReportStatus } from './report.doc';
import type { BranchReportFigures, Page, ReportRepository } from './report-repository';

export class CloudbaseReportRepository implements ReportRepository {
  private readonly reports: DocumentCollection<ReportDoc>;
  private readonly _: Command;

  constructor(source: DocumentSource, command: Command) {
    this.reports = new DocumentCollection(source, COLLECTIONS.reports, ReportDoc, command);
    this._ = command;
  }

  byId(id: string) {
    return this.reports.byId(id);
  }

  insert(report: ReportDoc) {
    return this.reports.insertOrFind(report, () => this.reports.byId(report._id));
  }

  async update(id: string, fields: Partial<Omit<ReportDoc, '_id'>>) {
    await this.reports.update(id, fields);
  }

  changeIfPending(id: string, fields: Partial<Omit<ReportDoc, '_id'>>, openid?: string) {
    return this.reports.updateOneAndReturn({ _id: id, status: 'pending', ...(openid ? { openid } : {}) }, fields);
  }

  async queue(branchId: string, page: Page) {
    const where = { branchId, status: 'pending' };
    const [total, reports] = await Promise.all([
      this.reports.count(where),
      this.reports.find(where, {
        orderBy: [
          ['submittedAt', 'asc'],
          ['_id', 'asc'],
        ],
        skip: page.offset,
        limit: page.limit,
      }),
    ]);
    return { total, reports };
  }

  async ofMember(memberId: string, status: ReportStatus | undefined, page: Page) {
    const where = { memberId, ...(status ? { status } : {}) };
    const [total, reports] = await Promise.all([
      this.reports.count(where),
      this.reports.find(where, {
        orderBy: [
          ['submittedAt', 'desc'],
          ['_id', 'desc'],
        ],
        skip: page.offset,
        limit: page.limit,
      }),
    ]);
    return { total, reports };
  }

  pendingCountOfMember(memberId: string) {
    return this.reports.count({ memberId, status: 'pending' });
  }

  pendingCountOfBranch(branchId: string) {
    return this.reports.count({ branchId, status: 'pending' });
  }

  pendingCountInPeriods(branchId: string, year: number, periods: readonly string[]) {
    return this.reports.count({ branchId, year, period: this._.in([...periods]), status: 'pending' });
  }

  membersReportingIn(branchId: string, year: number, periodKeys: string[]) {
    return this.reports.distinct({ branchId, year, period: this._.in(periodKeys), status: this._.in(['pending', 'approved']) }, 'memberId');
  }

  anyInBranchYear(branchId: string, year: number) {
    return this.reports.exists({ branchId, year });
  }

  async figuresByBranch(branchIds: readonly string[], from: string, to: string, waitingSince: Date): Promise<BranchReportFigures[]> {
    if (branchIds.length === 0) return [];
    const _ = this._;
    const $ = _.aggregate;
    const inRange = $.and([$.gte(['$date', from]), $.lte(['$date', to])]);
    const rows = await this.reports.summarized(
      // The range's reports, and pending ones of any date (those waiting long).
      _.and([
        { branchId: _.in([...branchIds]) },
        _.or([{ date: _.and([_.gte(from), _.lte(to)]), status: _.neq('withdrawn') }, { status: 'pending' }]),
      ]),
      {
        _id: '$branchId',
        reported: countIf($, inRange),
        confirmed: countIf($, $.and([inRange, $.eq(['$status', 'approved'])])),
        rejected: countIf($, $.and([inRange, $.eq(['$status', 'rejected'])])),
        pending: countIf($, $.and([inRange, $.eq(['$status', 'pending'])])),
        waitingLong: countIf($, $.and([$.eq(['$status', 'pending']), $.lt(['$submittedAt', waitingSince])])),
      },
      ReportFiguresRow,
    );
    return rows.map(({ _id, ...figures }) => ({ branchId: _id, ...figures }));
  }
}

const count = z.number().int();
const ReportFiguresRow = z.object({
  _id: z.string(),
  reported: count,
  confirmed: count,
  rejected: count,
  pending: count,
  waitingLong: count,
});
