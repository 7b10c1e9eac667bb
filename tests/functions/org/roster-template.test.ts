import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { importRoster } from '../../../shared/contracts/org/import-roster.schema';
import { cloudbaseApp } from '../../../server/db/cloudbase';
import { MemberDoc } from '../../../server/members/member.doc';
import { ROSTER_COLUMNS } from '../../../server/roster/roster-columns';
import { buildRosterTemplate, GUIDE_SHEET, ROSTER_SHEET, TEMPLATE_PATH } from '../../../tools/roster-template';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Every cell value of a sheet, row by row (what a person sees). */
function contents(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** A fixed clock: the rows' dates are checked against today. */
const NOW = new Date('2026-06-01T02:00:00Z');

describe('docs/roster-template.xlsx', () => {
  const backend = useBackend({ now: () => NOW, world: NOW });

  const committed = () => readFileSync(TEMPLATE_PATH);
  const upload = async (bytes: Buffer, name: string) =>
    (await cloudbaseApp().uploadFile({ cloudPath: `rosters/${name}.xlsx`, fileContent: bytes })).fileID;

  it('has the importer’s columns, drop-downs for fixed choices and a guide (regenerate with npx tsx tools/roster-template.ts)', async () => {
    const workbook = await load(committed());
    const sheet = workbook.getWorksheet(ROSTER_SHEET)!;
    expect(contents(sheet)).toEqual([ROSTER_COLUMNS.map((c) => c.header)]);
    expect(sheet.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(sheet.getCell('E501').dataValidation).toMatchObject({ type: 'list', formulae: ['"正式,预备,入党积极分子"'] });
    const generated = await load(await buildRosterTemplate());
    expect(contents(workbook.getWorksheet(GUIDE_SHEET)!)).toEqual(contents(generated.getWorksheet(GUIDE_SHEET)!));
    expect(contents(sheet)).toEqual(contents(generated.getWorksheet(ROSTER_SHEET)!));
  });

  it('imports nothing from the empty template, and every row once it is filled in', async () => {
    const secretary = backend.as(PEOPLE.secretaryA);
    expect(await secretary.call(importRoster, { branchId: 'bA', fileId: await upload(committed(), 'empty-template') })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'fileId' }],
    });

    const workbook = await load(committed());
    const sheet = workbook.getWorksheet(ROSTER_SHEET)!;
    sheet.getRow(2).values = [
      '何一',
      '男',
      new Date(Date.UTC(1955, 0, 20)),
      new Date(Date.UTC(1980, 6, 1)),
      '正式',
      '自管',
      null,
      '13700137000',
      '第一党小组',
    ];
    sheet.getRow(3).values = ['何二', '女', '1988/8/8', '2012.7.1', '正式', '在职'];
    sheet.getRow(4).values = ['何三', '女', '2000年1月2日', '2025年12月1日', '预备', '流动'];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await secretary.ok(importRoster, { branchId: 'bA', fileId: await upload(filled, 'filled-template') })).toEqual({ imported: 3 });

    const stored = (
      await backend.db
        .collection('members')
        .where({ branchId: 'bA', name: backend.db.command.in(['何一', '何二', '何三']) })
        .get()
    ).data.map((d: unknown) => MemberDoc.parse(d));
    expect(stored.map((m) => [m.name, m.gender, m.birthDate, m.joinDate, m.status, m.category, m.phone, m.groupId]).sort()).toEqual([
      ['何一', 'male', '1955-01-20', '1980-07-01', 'full', 'selfManaged', '13700137000', 'gA1'],
      ['何三', 'female', '2000-01-02', '2025-12-01', 'probationary', 'mobile', null, null],
      ['何二', 'female', '1988-08-08', '2012-07-01', 'full', 'inService', null, null],
    ]);
  });
});
