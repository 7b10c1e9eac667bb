import type { FieldProblem } from '../../shared/index';

/** One row of the file with what is wrong in it, as the secretary fixes it in Excel. */
export interface RowProblems {
  key: string;
  /** "第 5 行" / "表头" / "文件". */
  where: string;
  lines: string[];
}

/**
 * The importer's problems (`rows.<Excel row>.<column>`, `columns.<column>`, `fileId`) grouped by the place
 * in the file: the header first, then each row in the sheet's order, each cell as "性别：请填写 男 或 女".
 */
export function problemsByRow(fields: readonly FieldProblem[]): RowProblems[] {
  const groups = new Map<string, RowProblems>();
  const add = (key: string, where: string, line: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, where, lines: [] }));
    if (!group.lines.includes(line)) group.lines.push(line);
  };
  for (const field of fields) {
    const [head, place, column] = field.path.split('.');
    if (head === 'rows' && /^\d+$/.test(place))
      add(`row-${place}`, `第 ${place} 行`, column ? `${column}：${field.message}` : field.message);
    else if (head === 'columns') add('header', '表头（第一行）', field.message);
    else add('file', '文件', field.message);
  }
  const order = (key: string) => (key === 'file' ? -2 : key === 'header' ? -1 : Number(key.slice(4)));
  return [...groups.values()].sort((a, b) => order(a.key) - order(b.key));
}

/** How many problems the importer found in all (its message says "名册有 N 处问题"), at least those listed. */
export function problemCount(message: string, listed: number): number {
  const said = /(\d+)\s*处/.exec(message);
  return Math.max(listed, said ? Number(said[1]) : 0);
}

/** Where the picked file goes: imports/<branch>-<time>.xlsx (database/storage-rules.json lets a signed-in user write there). */
export function rosterCloudPath(branchId: string, now: number): string {
  return `imports/${branchId}-${now.toString(36)}.xlsx`;
}

/** The file picked in a chat: an .xlsx the importer can read, or what to do instead. */
export function fileProblemOf(file: { name: string; size: number }): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xls') || name.endsWith('.et') || name.endsWith('.csv'))
    return `“${file.name}”不是 .xlsx 格式。请在电脑上用 Excel 或 WPS 打开它，“另存为”Excel 工作簿（.xlsx），再发到微信里选它。`;
  if (!name.endsWith('.xlsx')) return `“${file.name}”不是 Excel 名册。请选扩展名为 .xlsx 的名册文件。`;
  if (file.size > 5 * 1024 * 1024) return '这个文件超过 5 MB，不像是名册。请只保留党员名单那一张表，再发到微信里选它。';
  return '';
}
