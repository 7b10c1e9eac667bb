import type ExcelJS from 'exceljs';
import type { BoardFormData } from '../../exports/export-forms';
import { borderBlock, centreFrom, headerCell, lineRow, minusCell, newWorkbook, noteRows, paperSheet, pointsCell } from './paper-form';

const COLUMNS = 3 + 8;
const QUARTER_HEADERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

/**
 * 表D 社区党员季度积分考核情况公示栏 (000 附录 D, 表 D.1) as printed: the title and （XXXX 年度）, a line
 * saying how far the board runs and whether it is published (or a draft); 姓名 | 等次 | 分数 | 第一季度 …
 * 第四季度 (each 加分 | 扣分), a row per member in pinyin order; below, the rule line, 党组织名称 and the notes.
 */
export function boardFormWorkbook(form: BoardFormData): ExcelJS.Workbook {
  const workbook = newWorkbook(form.madeOn);
  const sheet = paperSheet(workbook, `表D ${form.year}年度`, {
    landscape: true,
    widths: [12, 12, 10, ...Array.from({ length: 8 }, () => 9)],
    headerRows: [4, 5],
  });
  lineRow(sheet, 1, COLUMNS, '社区党员季度积分考核情况公示栏', 'title');
  lineRow(sheet, 2, COLUMNS, `（${form.year} 年度）`, 'subtitle');
  const state = { final: '公示期满', open: '公示中', draft: '草稿（未公示）' }[form.status];
  const status = lineRow(sheet, 3, COLUMNS, `${form.through} · ${state}`, 'subtitle');
  if (form.status === 'draft') status.font = { name: '宋体', size: 11, bold: true, color: { argb: 'FFC00000' } };
  headerCell(sheet, 4, 1, '姓名', 5, 1);
  headerCell(sheet, 4, 2, '等次', 5, 2);
  headerCell(sheet, 4, 3, '分数', 5, 3);
  QUARTER_HEADERS.forEach((text, q) => {
    const col = 4 + q * 2;
    headerCell(sheet, 4, col, text, 4, col + 1);
    headerCell(sheet, 5, col, '加分');
    headerCell(sheet, 5, col + 1, '扣分');
  });
  let row = 6;
  for (const member of form.rows) {
    const quarters = member.quarters.flatMap((q) => (q ? [pointsCell(q.plus), minusCell(q.minus)] : [null, null]));
    sheet.getRow(row).values = [member.name, member.grade, member.score, ...quarters];
    centreFrom(sheet, row, 1, COLUMNS);
    row += 1;
  }
  borderBlock(sheet, 4, row - 1, COLUMNS);
  lineRow(sheet, row + 1, COLUMNS, '_________________________________');
  lineRow(sheet, row + 2, COLUMNS, `党组织名称：${form.orgName}`);
  noteRows(sheet, row + 3, COLUMNS, form.notes);
  return workbook;
}
