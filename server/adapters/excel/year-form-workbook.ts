import type ExcelJS from 'exceljs';
import type { YearFormData } from '../../exports/export-forms';
import { borderBlock, centreFrom, headerCell, lineRow, minusCell, newWorkbook, noteRows, paperSheet, pointsCell } from './paper-form';

/** 姓名, 等次, 上一年度积分, twelve months of 加分 and 扣分, 总积分. */
const COLUMNS = 3 + 24 + 1;

/**
 * 表B 社区党员积分管理年度积分考核表 (000 附录 B, 表 B.1) as printed, landscape: the title and （XXXX 年度）;
 * three header rows — 姓名 | 等次 | 上一年度积分 | 考核计分 (1月 … 12月, each 加分 | 扣分) | 总积分 — a row per
 * member in pinyin order; below, 党组织名称（盖章） and the notes.
 */
export function yearFormWorkbook(form: YearFormData): ExcelJS.Workbook {
  const workbook = newWorkbook(form.madeOn);
  const widths = [10, 9, 8, ...Array.from({ length: 24 }, () => 5.5), 9];
  const sheet = paperSheet(workbook, `表B ${form.year}年度`, { landscape: true, widths, headerRows: [3, 5] });
  lineRow(sheet, 1, COLUMNS, '社区党员积分管理年度积分考核表', 'title');
  lineRow(sheet, 2, COLUMNS, `（${form.year} 年度）`, 'subtitle');
  headerCell(sheet, 3, 1, '姓名', 5, 1);
  headerCell(sheet, 3, 2, '等次', 5, 2);
  headerCell(sheet, 3, 3, '上一年度积分', 5, 3);
  headerCell(sheet, 3, 4, '考核计分', 3, 27);
  headerCell(sheet, 3, COLUMNS, '总积分', 5, COLUMNS);
  for (let month = 0; month < 12; month++) {
    const col = 4 + month * 2;
    headerCell(sheet, 4, col, `${month + 1}月`, 4, col + 1);
    headerCell(sheet, 5, col, '加分');
    headerCell(sheet, 5, col + 1, '扣分');
  }
  sheet.getRow(3).height = 20;
  sheet.getRow(5).height = 20;
  let row = 6;
  for (const member of form.rows) {
    const months = member.months.flatMap((m) => [pointsCell(m.plus), minusCell(m.minus)]);
    sheet.getRow(row).values = [member.name, member.grade, member.lastYear, ...months, member.total];
    centreFrom(sheet, row, 1, COLUMNS);
    row += 1;
  }
  borderBlock(sheet, 3, row - 1, COLUMNS);
  lineRow(sheet, row + 1, COLUMNS, `党组织名称（盖章）：${form.orgName}`);
  noteRows(sheet, row + 2, COLUMNS, form.notes);
  return workbook;
}
