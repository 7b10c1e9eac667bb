import { isDuplicateKey } from '../db/cloudbase';
import { DocumentCollection } from '../db/document-collection';
import { COLLECTIONS } from '../db/collections';
import type { Command, DocumentSource } from '../db/document-source';
import { BranchYearDoc, branchYearId, SchemeDoc } from './scheme.doc';
import type { BranchYearRepository, SchemeRepository } from './scheme-repository';

export class CloudbaseSchemeRepository implements SchemeRepository {
  private readonly schemes: DocumentCollection<SchemeDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.schemes = new DocumentCollection(source, COLLECTIONS.schemes, SchemeDoc, command);
  }

  byRef(ref: string) {
    return this.schemes.byId(ref);
  }

  ofCommittee(committeeId: string) {
    return this.schemes.find(
      { committeeId },
      {
        orderBy: [
          ['schemeId', 'asc'],
          ['version', 'desc'],
        ],
      },
    );
  }

  async insertVersion(doc: SchemeDoc) {
    try {
      await this.schemes.insert(doc);
      return true;
    } catch (error) {
      // The version exists already: the caller refuses, so the stored one need not be read.
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}

export class CloudbaseBranchYearRepository implements BranchYearRepository {
  private readonly branchYears: DocumentCollection<BranchYearDoc>;

  constructor(source: DocumentSource, command: Command) {
    this.branchYears = new DocumentCollection(source, COLLECTIONS.branchYears, BranchYearDoc, command);
  }

  of(branchId: string, year: number) {
    return this.branchYears.byId(branchYearId(branchId, year));
  }

  async put(doc: BranchYearDoc) {
    await this.branchYears.put(doc);
  }

  async setShowRanking(branchId: string, year: number, showRanking: boolean) {
    return (
      (await this.branchYears.updateWhere({ _id: branchYearId(branchId, year) }, { showRanking })) > 0 ||
      (await this.branchYears.exists({ _id: branchYearId(branchId, year) }))
    );
  }

  async closePeriods(branchId: string, year: number, periods: readonly string[]) {
    await this.branchYears.update(branchYearId(branchId, year), {
      closedPeriods: this.branchYears.command.addToSet({ $each: [...periods] }),
    });
  }

  byIds(ids: readonly string[]) {
    return this.branchYears.byIds(ids);
  }

  pinsOfCommitteeYear(committeeId: string, year: number) {
    return this.branchYears.projected(
      { committeeId, year },
      ['branchId', 'year', 'schemeId', 'schemeVersion', 'source', 'scoringFrom'],
      BranchYearPin,
    );
  }

  branchIdsOfYear(year: number) {
    return this.branchYears.distinct({ year }, 'branchId');
  }

  async openIfAbsent(doc: BranchYearDoc) {
    try {
      await this.branchYears.insert(doc);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }
}

const BranchYearPin = BranchYearDoc.pick({
  _id: true,
  branchId: true,
  year: true,
  schemeId: true,
  schemeVersion: true,
  source: true,
  scoringFrom: true,
});
