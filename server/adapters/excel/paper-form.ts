import ExcelJS from 'exceljs';

/**
 * The look the exported forms share: what a branch prints on A4 — a title in 黑体, the table in 宋体
 * with thin borders, header cells centred and wrapped, numbers as numbers (blank where nothing was
 * added or taken away, as on paper), the table's header repeated on every printed page.
 */

export const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };
const TITLE_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 16, bold: true };
const HEADER_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11, bold: true };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
export const BORDERED: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTRED: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

/** A workbook stamped with the day it was made (its metadata then depends on the form only). */
export function newWorkbook(madeOn: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const made = new Date(`${madeOn}T00:00:00+08:00`);
  workbook.creator = '党员积分';
  workbook.created = made;
  workbook.modified = made;
  return workbook;
}

/** A sheet set up for printing on A4: orientation, fitted to the page width, `headerRows` repeated on each page. */
export function paperSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  options: { landscape: boolean; widths: number[]; headerRows: [number, number] },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: options.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${options.headerRows[0]}:${options.headerRows[1]}`,
    },
  });
  sheet.columns = options.widths.map((width) => ({ width, style: { font: BODY_FONT } }));
  return sheet;
}

/** A line across the whole table (title, subtitle, a line of text), merged over `columns` columns. */
export function lineRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  columns: number,
  text: string,
  kind: 'title' | 'subtitle' | 'text' = 'text',
): ExcelJS.Cell {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  if (kind === 'title') {
    cell.font = TITLE_FONT;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.getRow(row).height = 30;
  } else if (kind === 'subtitle') {
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  } else {
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  }
  return cell;
}

/** A header cell, merged over [row..toRow] × [col..toCol] when given a range. */
export function headerCell(sheet: ExcelJS.Worksheet, row: number, col: number, text: string, toRow = row, toCol = col): void {
  if (toRow !== row || toCol !== col) sheet.mergeCells(row, col, toRow, toCol);
  const cell = sheet.getCell(row, col);
  cell.value = text;
  cell.font = HEADER_FONT;
  cell.alignment = CENTRED;
}

/** Thin borders on every cell of the block (merged cells included). */
export function borderBlock(sheet: ExcelJS.Worksheet, fromRow: number, toRow: number, columns: number): void {
  for (let r = fromRow; r <= toRow; r++) for (let c = 1; c <= columns; c++) sheet.getCell(r, c).border = BORDERED;
}

/** Points as a cell shows them: the number, or blank for nothing (0). */
export function pointsCell(points: number): number | null {
  return points === 0 ? null : points;
}

/** 扣分 as paper writes it: the amount taken away (a positive number), blank for none. */
export function minusCell(minus: number): number | null {
  return minus === 0 ? null : Math.abs(minus);
}

/** Centres a row's cells from `fromCol` on (numbers and short texts of a table body). */
export function centreFrom(sheet: ExcelJS.Worksheet, row: number, fromCol: number, toCol: number): void {
  for (let c = fromCol; c <= toCol; c++) sheet.getCell(row, c).alignment = CENTRED;
}

/** Notes under the table: each a line across it; the first starts with 备注：. */
export function noteRows(sheet: ExcelJS.Worksheet, from: number, columns: number, notes: readonly string[]): number {
  let row = from;
  notes.forEach((note, i) => {
    lineRow(sheet, row, columns, `${i === 0 ? '备注：' : '　　　'}${note}`);
    row += 1;
  });
  return row;
}
