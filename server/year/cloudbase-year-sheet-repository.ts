import { isDuplicateKey } from '../db/cloudbase';
import { COLLECTIONS } from '../db/collections';
import { DocumentCollection } from '../db/document-collection';
import type { Command, DocumentSource } from '../db/document-source';
import { z } from 'zod';
import { YearSheetDoc, yearSheetId, YearStatusDoc } from './year-sheet.doc';
import type { SheetGrades, YearSheetRepository } from './year-sheet-repository';

export class CloudbaseYearSheetRepository implements YearSheetRepository {
  private readonly sheets: DocumentCollection<YearSheetDoc>;
  private readonly _: Command;

  constructor(source: DocumentSource, command: Command) {
    this.sheets = new DocumentCollection(source, COLLECTIONS.yearSheets, YearSheetDoc, command);
    this._ = command;
  }

  of(branchId: string, year: number) {
    return this.sheets.byId(yearSheetId(branchId, year));
  }

  async replaceIfUnchanged(next: YearSheetDoc, read: YearSheetDoc | null) {
    if (read === null) {
      try {
        await this.sheets.insert(next);
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    }
    const { _id, ...fields } = YearSheetDoc.parse(next);
    return (await this.sheets.updateWhere({ _id, revision: read.revision }, fields)) === 1;
  }

  decidedOfMembers(memberIds: readonly string[], fromYear: number, toYear: number) {
    if (memberIds.length === 0 || fromYear > toYear) return Promise.resolve([]);
    return this.sheets.findAll({
      memberIds: this._.in([...new Set(memberIds)]),
      year: this._.gte(fromYear).and(this._.lte(toYear)),
      status: 'decided',
    });
  }

  async gradesOfCommitteeYear(committeeId: string, year: number): Promise<SheetGrades[]> {
    const rows = await this.sheets.projected(
      { committeeId, year },
      [
        'branchId',
        'status',
        'proposal.bands',
        'proposal.rows.memberId',
        'proposal.rows.grade',
        'decision.changes.memberId',
        'decision.changes.to',
      ],
      SheetGradesRow,
    );
    return rows.map((row) => ({
      branchId: row.branchId,
      status: row.status,
      proposal: row.proposal ? { bands: row.proposal.bands, rows: row.proposal.rows } : null,
      decision: row.decision ? { changes: row.decision.changes } : null,
    }));
  }

  ofBranchYears(branchId: string, years: readonly number[]) {
    return this.sheets.byIds(years.map((year) => yearSheetId(branchId, year)));
  }
}

const SheetGradesRow = z.object({
  branchId: z.string(),
  status: YearStatusDoc,
  proposal: z
    .object({
      bands: z.array(z.object({ code: z.string(), name: z.string() })),
      rows: z.array(z.object({ memberId: z.string(), grade: z.string().nullable() })),
    })
    .nullish(),
  decision: z.object({ changes: z.array(z.object({ memberId: z.string(), to: z.string() })) }).nullish(),
});
