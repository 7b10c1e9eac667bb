import type ExcelJS from 'exceljs';
import type { SummaryFormData, SummaryRow } from '../../exports/export-forms';
import { borderBlock, centreFrom, headerCell, lineRow, newWorkbook, noteRows, paperSheet } from './paper-form';

const GROUPS = [
  { title: '党员', columns: ['党员', '积极分子', '不纳入积分管理', '已绑定微信'] },
  { title: '申报加分项', columns: ['申报', '确认', '退回', '待审核', '超7天未审核', '确认率'] },
  { title: '异议', columns: ['提出', '采纳', '驳回', '未答复', '超期未答复'] },
  { title: '公示', columns: ['应公示', '按时', '逾期发布', '逾期未发布'] },
];

function values(row: SummaryRow): (string | number)[] {
  const { members: m, reports: r, appeals: a, publications: p } = row;
  return [
    row.name,
    row.scheme,
    m.members,
    m.activists,
    m.exempt,
    m.bound,
    r.reported,
    r.confirmed,
    r.rejected,
    r.pending,
    r.waitingLong,
    row.confirmedRate,
    a.filed,
    a.accepted,
    a.rejected,
    a.open,
    a.overdue,
    p.ended,
    p.onTime,
    p.late,
    p.missing,
    row.yearStatus,
    ...row.grades,
    row.ungraded,
    row.attention,
  ];
}

/**
 * 党员积分管理情况汇总表, the committee's summary (no paper annex): the committee and range, the headline
 * (共 N 个支部、M 名党员；申报加分项 424 项，确认 390 项), two header rows — 支部 | 积分方案 | 党员 … | 申报加分项 …
 * (with 确认率) | 异议 … | 公示 … | 年度等次 (进度, each grade, 未评等次) | 需关注事项 — a row per branch, 合计.
 */
export function summaryFormWorkbook(form: SummaryFormData): ExcelJS.Workbook {
  const workbook = newWorkbook(form.madeOn);
  const gradeColumns = ['评定进度', ...form.grades.map((g) => g.name), '未评等次'];
  const columns = 2 + GROUPS.reduce((n, g) => n + g.columns.length, 0) + gradeColumns.length + 1;
  const widths = [16, 16, ...Array.from({ length: columns - 3 }, () => 7), 40];
  const sheet = paperSheet(workbook, `汇总 ${form.rangeLabel}`.slice(0, 31), { landscape: true, widths, headerRows: [4, 5] });
  lineRow(sheet, 1, columns, '党员积分管理情况汇总表', 'title');
  lineRow(sheet, 2, columns, `（${form.orgName}　${form.rangeLabel}）`, 'subtitle');
  lineRow(sheet, 3, columns, form.headline);
  headerCell(sheet, 4, 1, '支部', 5, 1);
  headerCell(sheet, 4, 2, '积分方案', 5, 2);
  let col = 3;
  for (const group of [...GROUPS, { title: '年度等次', columns: gradeColumns }]) {
    headerCell(sheet, 4, col, group.title, 4, col + group.columns.length - 1);
    group.columns.forEach((text, i) => headerCell(sheet, 5, col + i, text));
    col += group.columns.length;
  }
  headerCell(sheet, 4, columns, '需关注事项', 5, columns);
  sheet.getRow(5).height = 30;
  let row = 6;
  for (const line of [...form.rows, form.totals]) {
    sheet.getRow(row).values = values(line);
    centreFrom(sheet, row, 3, columns - 1);
    sheet.getCell(row, columns).alignment = { vertical: 'middle', wrapText: true };
    row += 1;
  }
  sheet.getRow(row - 1).font = { name: '宋体', size: 11, bold: true };
  borderBlock(sheet, 4, row - 1, columns);
  noteRows(sheet, row + 1, columns, form.notes);
  return workbook;
}
