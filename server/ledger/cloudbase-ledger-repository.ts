import { isDuplicateKey } from '../db/cloudbase';
import { DocumentCollection, PAGE_SIZE } from '../db/document-collection';
import { DuplicateLineError } from './duplicate-line';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import type { Page } from '../reports/report-repository';
import type { EntryInput } from '../../shared/engine';
import { LedgerEntryDoc } from './ledger-entry.doc';
import { SCORING_FIELDS, ScoringRow, scoringEntryOf } from './scoring-entry';
import type { LedgerRepository } from './ledger-repository';

export class CloudbaseLedgerRepository implements LedgerRepository {
  private readonly ledger: DocumentCollection<LedgerEntryDoc>;
  private readonly _: Command;

  constructor(source: DocumentSource, command: Command) {
    this.ledger = new DocumentCollection(source, COLLECTIONS.ledger, LedgerEntryDoc, command);
    this._ = command;
  }

  byId(id: string) {
    return this.ledger.byId(id);
  }

  bySourceKeys(sourceKeys: readonly string[]) {
    if (sourceKeys.length === 0) return Promise.resolve([]);
    return this.ledger.find({ sourceKey: this._.in([...sourceKeys]) }, { limit: PAGE_SIZE });
  }

  async append(lines: readonly LedgerEntryDoc[]) {
    try {
      await this.ledger.insertMany(lines);
    } catch (error) {
      if (isDuplicateKey(error)) throw new DuplicateLineError(lines.map((l) => l.sourceKey));
      throw error;
    }
  }

  async appendOnce(line: LedgerEntryDoc) {
    const written = await this.ledger.insertOrFind(line, async () => (await this.bySourceKeys([line.sourceKey]))[0] ?? null);
    return { created: written.created, line: written.doc };
  }

  ofMemberYear(memberId: string, year: number) {
    return this.ledger.findAll({ memberId, year });
  }

  async pageOfMemberYear(memberId: string, year: number, page: Page) {
    const where = { memberId, year };
    const [total, lines] = await Promise.all([
      this.ledger.count(where),
      this.ledger.find(where, {
        orderBy: [
          ['at', 'desc'],
          ['_id', 'desc'],
        ],
        skip: page.offset,
        limit: page.limit,
      }),
    ]);
    return { total, lines };
  }

  async scoringEntriesOfBranchYear(branchId: string, year: number): Promise<EntryInput[]> {
    const groups = await this.ledger.groupedBy({ branchId, year }, 'memberId', SCORING_FIELDS, ScoringRow);
    return groups.flatMap(({ key, rows }) => rows.map((r) => scoringEntryOf(key, r)));
  }

  datedIn(branchId: string, year: number, from: string, to: string, writtenBy: Date) {
    return this.ledger.findAll({ branchId, year, date: this._.gte(from).and(this._.lte(to)), at: this._.lte(writtenBy) });
  }

  membersCreditedIn(branchId: string, year: number, periodKeys: string[]) {
    return this.ledger.distinct({ branchId, year, period: this._.in(periodKeys), reverses: null, baseCenti: this._.gt(0) }, 'memberId');
  }

  anyInBranchYear(branchId: string, year: number) {
    return this.ledger.exists({ branchId, year });
  }

  ofMemberBefore(memberId: string, year: number) {
    return this.ledger.findAll({ memberId, year: this._.lt(year) });
  }
}
