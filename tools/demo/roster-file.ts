import ExcelJS from 'exceljs';
import type { DemoPerson } from './demo-cast';

/** A 党员名册 workbook in the template's columns, as a secretary would fill it. */
export async function rosterWorkbook(people: DemoPerson[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员名册');
  sheet.addRow(['姓名', '性别', '出生日期', '入党日期', '党员状态', '类别', '层次', '手机号', '党小组']);
  people.forEach((p, i) =>
    sheet.addRow([p.name, p.gender, p.birthDate, p.joinDate, p.status, p.category, '', `1390000${String(1000 + i)}`, p.group ?? '']),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
