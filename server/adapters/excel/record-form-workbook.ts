import type ExcelJS from 'exceljs';
import type { RecordFormData } from '../../exports/export-forms';
import { borderBlock, centreFrom, headerCell, lineRow, minusCell, newWorkbook, noteRows, paperSheet, pointsCell } from './paper-form';

const COLUMNS = 5;
export const RECORD_FORM_HEADERS = ['登记时间', '加（扣）分事项', '加分', '扣分', '支部书记审核签名'] as const;

/**
 * 表A 党员积分管理考核记录表 (000 附录 A, 表 A.1) as printed: the title, the line 党组织名称（盖章）/ 姓名 /
 * 类别 / 分数, the table 登记时间 | 加（扣）分事项 | 加分 | 扣分 | 支部书记审核签名 with a row per line (the
 * signature column left for the secretary's hand), a 合计 row, and the notes.
 */
export function recordFormWorkbook(form: RecordFormData): ExcelJS.Workbook {
  const workbook = newWorkbook(form.madeOn);
  const sheet = paperSheet(workbook, `表A ${form.name}`.slice(0, 31), {
    landscape: false,
    widths: [13, 46, 10, 10, 18],
    headerRows: [4, 4],
  });
  lineRow(sheet, 1, COLUMNS, '党员积分管理考核记录表', 'title');
  lineRow(sheet, 2, COLUMNS, `（${form.year} 年度）`, 'subtitle');
  sheet.mergeCells(3, 1, 3, 2);
  sheet.getCell(3, 1).value = `党组织名称（盖章）：${form.orgName}`;
  sheet.getCell(3, 3).value = `姓名：${form.name}`;
  sheet.getCell(3, 4).value = `类别：${form.category}`;
  sheet.getCell(3, 5).value = `分数：${form.score}`;
  for (let c = 1; c <= COLUMNS; c++) sheet.getCell(3, c).alignment = { vertical: 'middle', shrinkToFit: true };
  sheet.getRow(3).height = 22;
  RECORD_FORM_HEADERS.forEach((text, i) => headerCell(sheet, 4, i + 1, text));
  let row = 5;
  for (const line of form.rows) {
    sheet.getRow(row).values = [line.date, line.item, pointsCell(line.plus), minusCell(line.minus), null];
    centreFrom(sheet, row, 3, 4);
    sheet.getCell(row, 1).alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.getCell(row, 2).alignment = { vertical: 'middle', wrapText: true };
    row += 1;
  }
  sheet.mergeCells(row, 1, row, 2);
  sheet.getRow(row).values = ['合计', null, form.totals.plus, Math.abs(form.totals.minus), null];
  sheet.getRow(row).font = { name: '宋体', size: 11, bold: true };
  centreFrom(sheet, row, 1, 4);
  borderBlock(sheet, 4, row, COLUMNS);
  noteRows(sheet, row + 2, COLUMNS, form.notes);
  return workbook;
}
