import { isLocalDate } from '../../shared/period';

/** A spreadsheet cell reduced to a plain value (rich text, formulas and links unwrapped). */
export type CellValue = string | number | boolean | Date | null;

/** exceljs cell values: primitives, Date, { richText }, { text, hyperlink }, { formula, result }, { error }. */
export function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((part) => (typeof part.text === 'string' ? part.text : '')).join('');
    if ('result' in v) return plainCell(v.result);
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

/** Full-width letters, digits and punctuation (１９６０－０３－０５) as their ASCII forms; ideographic space as space. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The cell as trimmed text ('' when empty). Whole numbers print without exponent (phone numbers typed as numbers). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return halfWidth(String(value)).trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isLocalDate(text) ? text : null;
}

/** Excel's day numbers count from 1899-12-30 (right for every date after February 1900). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 24 * 3600 * 1000;

const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_ONLY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

export type CellDate = { date: string } | { problem: string } | null;

/**
 * A date cell as 'YYYY-MM-DD': an Excel date (exceljs gives a UTC-midnight Date), an Excel day number,
 * 19600305, or text 1960-03-05 / 1960/3/5 / 1960.03.05 / 1960年3月5日. Null when the cell is empty.
 */
export function cellDate(value: CellValue): CellDate {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return null;
  const bad = { problem: '日期无法识别，请写成 1960-03-05 这样的年月日' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return bad;
    const date = ymd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return date ? { date } : bad;
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999) return cellDate(String(value));
    if (value < 1 || value > 2_958_465) return bad;
    const day = new Date(EXCEL_EPOCH_UTC + Math.floor(value) * DAY_MS);
    return cellDate(day);
  }
  if (typeof value === 'boolean') return bad;
  const text = halfWidth(value).trim();
  const match = FULL_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (match) {
    const date = ymd(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? { date } : { problem: `没有这一天：${text}` };
  }
  if (MONTH_ONLY.test(text)) return { problem: '请填写完整的年月日（只有年月无法导入）' };
  return bad;
}
