import ExcelJS from 'exceljs';
import type { FieldProblem } from '../../../shared/validation';
import { failOnFields, invalidField } from '../../errors/domain-error';
import { cellText, plainCell } from '../../roster/roster-cells';
import { columnOfHeader, MAX_ROSTER_ROWS, ROSTER_COLUMNS, RosterColumn, RosterField } from '../../roster/roster-columns';
import type { RosterRow } from '../../roster/roster-rows';

/** The header is the first row (of the first ten) with a 姓名 cell, on the first sheet that has one. */
const HEADER_SEARCH_ROWS = 10;

interface Header {
  sheet: ExcelJS.Worksheet;
  rowNumber: number;
  columns: Map<number, RosterColumn>;
}

function findHeader(workbook: ExcelJS.Workbook): Header | null {
  for (const sheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r += 1) {
      const columns = new Map<number, RosterColumn>();
      sheet.getRow(r).eachCell((cell, col) => {
        const column = columnOfHeader(cellText(plainCell(cell.value)));
        if (column) columns.set(col, column);
      });
      if ([...columns.values()].some((c) => c.field === 'name')) return { sheet, rowNumber: r, columns };
    }
  }
  return null;
}

/**
 * Reads the roster rows of an .xlsx file: the cells under known headers, Excel row numbers kept, rows
 * with nothing in those columns skipped (a pre-numbered 序号 column alone is not a member). Refuses
 * (VALIDATION) a file that is not a workbook or has more than MAX_ROSTER_ROWS members (ROSTER_FILE_INVALID),
 * and one that misses a required column or repeats a column (ROSTER_HEADER, each column a field).
 */
export async function readRosterWorkbook(content: Buffer): Promise<RosterRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its own Buffer (an ArrayBuffer); a Node Buffer is what it actually reads.
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw invalidField('fileId', '文件不是有效的 Excel 工作簿（.xlsx），请用名册模板填写后上传', 'ROSTER_FILE_INVALID');
  }
  const header = findHeader(workbook);
  const present = new Map<RosterField, number>();
  const problems: FieldProblem[] = [];
  for (const [col, column] of header?.columns ?? []) {
    if (present.has(column.field))
      problems.push({
        path: `columns.${column.header}`,
        message: `“${column.header}”列出现了两次（第 ${present.get(column.field)} 列和第 ${col} 列）`,
      });
    else present.set(column.field, col);
  }
  for (const column of ROSTER_COLUMNS) {
    if (column.required && !present.has(column.field))
      problems.push({ path: `columns.${column.header}`, message: `缺少“${column.header}”列` });
  }
  if (problems.length > 0 || !header) {
    throw failOnFields('ROSTER_HEADER', problems);
  }

  const rows: RosterRow[] = [];
  header.sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= header.rowNumber) return;
    const cells: RosterRow['cells'] = {};
    let filled = false;
    for (const [field, col] of present) {
      const value = plainCell(row.getCell(col).value);
      cells[field] = value;
      if (cellText(value) !== '') filled = true;
    }
    if (filled) rows.push({ rowNumber, cells });
  });
  if (rows.length > MAX_ROSTER_ROWS) {
    throw invalidField(
      'rows',
      `每个文件最多导入 ${MAX_ROSTER_ROWS} 名党员（本文件有 ${rows.length} 行），请分成几个文件导入`,
      'ROSTER_FILE_INVALID',
    );
  }
  return rows;
}
