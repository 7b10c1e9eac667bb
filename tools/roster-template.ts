/**
 * Writes docs/roster-template.xlsx, the 党员名册 template the importRoster action reads
 * (`npx tsx tools/roster-template.ts`). Its columns come from server/domain/roster-columns.ts; a test
 * checks the committed file against them and imports a filled copy.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MAX_ROSTER_ROWS, ROSTER_COLUMNS } from '../server/roster/roster-columns';

export const ROSTER_SHEET = '党员名册';
export const GUIDE_SHEET = '填写说明';
export const TEMPLATE_PATH = join(__dirname, '..', 'docs', 'roster-template.xlsx');

/** A fixed timestamp keeps the workbook's metadata stable from one generation to the next. */
const GENERATED_AT = new Date(Date.UTC(2026, 0, 1));

const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E1' } };
const OPTIONAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };

function rosterSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.field,
    width: c.field === 'tier' || c.field === 'group' ? 16 : c.field === 'phone' ? 15 : 12,
    style: c.field === 'phone' ? { numFmt: '@' } : c.field === 'birthDate' || c.field === 'joinDate' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const header = sheet.getRow(1);
  ROSTER_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { bold: true, color: { argb: column.required ? 'FFC00000' : 'FF404040' } };
    cell.fill = column.required ? REQUIRED_FILL : OPTIONAL_FILL;
    cell.alignment = { horizontal: 'center' };
    cell.note = `${column.required ? '必填' : '选填'}：${column.hint}`;
    if (column.choices) {
      for (let row = 2; row <= MAX_ROSTER_ROWS + 1; row += 1) {
        sheet.getCell(row, i + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${column.choices.join(',')}"`],
          showErrorMessage: true,
          errorTitle: column.header,
          error: `请填写${column.choices.join('、')}之一`,
        };
      }
    }
  });
}

function guideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET);
  sheet.columns = [
    { header: '列名', key: 'header', width: 12 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'hint', width: 70 },
    { header: '示例', key: 'example', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const column of ROSTER_COLUMNS)
    sheet.addRow({ header: column.header, required: column.required ? '必填' : '选填', hint: column.hint, example: column.example });
  sheet.addRow({});
  for (const line of [
    `在“${ROSTER_SHEET}”表中从第 2 行起每行填写一名党员；不要修改或删除第 1 行表头。`,
    `每个文件最多 ${MAX_ROSTER_ROWS} 名党员；空行会被跳过。`,
    '导入前会检查每一行：只要有一处错误，整个文件都不会导入，系统会列出每处错误所在的行和列。',
    '同一支部中姓名和出生日期都相同的党员不能重复导入。',
  ]) {
    sheet.addRow({ header: line });
  }
}

/** The template workbook as .xlsx bytes. */
export async function buildRosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '党员积分';
  workbook.created = GENERATED_AT;
  workbook.modified = GENERATED_AT;
  rosterSheet(workbook);
  guideSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

if (require.main === module) {
  buildRosterTemplate()
    .then((bytes) => {
      writeFileSync(TEMPLATE_PATH, bytes);
      console.log('docs/roster-template.xlsx');
    })
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
