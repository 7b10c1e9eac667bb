import type ExcelJS from 'exceljs';
import type { ApprovalFormData } from '../../exports/export-forms';
import { borderBlock, headerCell, lineRow, newWorkbook, paperSheet } from './paper-form';

const COLUMNS = 4;
const TOP = { vertical: 'top', wrapText: true } as const;
const MIDDLE = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;

/** A label cell of the 项目 column, merged down over its rows. */
function itemLabel(sheet: ExcelJS.Worksheet, from: number, to: number, text: string): void {
  if (to > from) sheet.mergeCells(from, 1, to, 1);
  const cell = sheet.getCell(from, 1);
  cell.value = text;
  cell.alignment = MIDDLE;
  cell.font = { name: '宋体', size: 11, bold: true };
}

/**
 * 表C 党员年终等次评定审批表 (000 附录 C, 表 C.1) as printed: 项目 | 内容 (评定等次 | 党员名单 | 年终积分);
 * 支部评定等次申报意见 — each grade with its members and year scores (a grade nobody was proposed for
 * reads 无), then those without a grade; 党委评定意见 — the opinion and the decided counts, with the
 * seal and date line; 备注 — every change (改评人员和结果) and the form's two printed notes; below,
 * 党组织名称（盖章） and 填表日期.
 */
export function approvalFormWorkbook(form: ApprovalFormData): ExcelJS.Workbook {
  const workbook = newWorkbook(form.madeOn);
  const sheet = paperSheet(workbook, `表C ${form.year}年度`, { landscape: false, widths: [16, 14, 26, 14], headerRows: [3, 4] });
  lineRow(sheet, 1, COLUMNS, '党员年终等次评定审批表', 'title');
  lineRow(sheet, 2, COLUMNS, `（${form.year} 年度）`, 'subtitle');
  headerCell(sheet, 3, 1, '项目', 4, 1);
  headerCell(sheet, 3, 2, '内容', 3, 4);
  headerCell(sheet, 4, 2, '评定等次');
  headerCell(sheet, 4, 3, '党员名单');
  headerCell(sheet, 4, 4, '年终积分');

  let row = 5;
  const blockStart = row;
  const group = (grade: string, people: { name: string; total: number }[]) => {
    const from = row;
    for (const person of people.length > 0 ? people : [null]) {
      sheet.getCell(row, 3).value = person ? person.name : '无';
      sheet.getCell(row, 4).value = person ? person.total : null;
      sheet.getCell(row, 3).alignment = MIDDLE;
      sheet.getCell(row, 4).alignment = MIDDLE;
      row += 1;
    }
    if (row - 1 > from) sheet.mergeCells(from, 2, row - 1, 2);
    sheet.getCell(from, 2).value = grade;
    sheet.getCell(from, 2).alignment = MIDDLE;
  };
  for (const grade of form.proposed) group(grade.grade, grade.members);
  if (form.ungraded.length > 0)
    group(
      '不评定等次',
      form.ungraded.map((p) => ({ name: `${p.name}（${p.why}）`, total: p.total })),
    );
  itemLabel(sheet, blockStart, row - 1, '支部评定等次申报意见');

  const decision = form.decision;
  const opinion = decision
    ? [
        decision.opinion ?? '',
        `审定结果：${decision.counts.map((c) => `${c.grade} ${c.count} 名`).join('，')}。`,
        `党委（盖章）：　　　　　　审定日期：${decision.on}`,
      ]
        .filter(Boolean)
        .join('\n')
    : '\n\n党委（盖章）：　　　　　　　　年　　月　　日';
  itemLabel(sheet, row, row, '党委评定意见');
  sheet.mergeCells(row, 2, row, COLUMNS);
  sheet.getCell(row, 2).value = opinion;
  sheet.getCell(row, 2).alignment = TOP;
  sheet.getRow(row).height = 75;
  row += 1;

  const changes = form.changes.map((c) => `改评：${c.name}，由“${c.from}”改评为“${c.to}”（${c.note}）`);
  itemLabel(sheet, row, row, '备注');
  sheet.mergeCells(row, 2, row, COLUMNS);
  sheet.getCell(row, 2).value = [...changes, ...form.notes].join('\n');
  sheet.getCell(row, 2).alignment = TOP;
  sheet.getRow(row).height = Math.max(50, 16 * (changes.length + form.notes.length) + 8);
  borderBlock(sheet, 3, row, COLUMNS);

  row += 2;
  sheet.mergeCells(row, 1, row, 2);
  sheet.getCell(row, 1).value = `党组织名称（盖章）：${form.orgName}`;
  sheet.mergeCells(row, 3, row, 4);
  sheet.getCell(row, 3).value = `填表日期：${form.filledOn}`;
  return workbook;
}
