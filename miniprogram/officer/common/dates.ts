/** An instant's calendar day in Beijing ("2026-11-20T17:00:00Z" → "2026-11-21"). */
export function beijingDay(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso.slice(0, 10) : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

const WEEKDAYS = '日一二三四五六';

/** "2026-11-27" → "11月27日 星期五". */
export function dayText(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const weekday = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay();
  return `${Number(match[2])}月${Number(match[3])}日 星期${WEEKDAYS[weekday]}`;
}

/** The open ranges' first and last day (for a date picker), or null when nothing is open. */
export function openBounds(open: readonly { from: string; to: string }[]): { start: string; end: string } | null {
  if (open.length === 0) return null;
  return { start: open[0].from, end: open[open.length - 1].to };
}

export function isOpenDay(open: readonly { from: string; to: string }[], date: string): boolean {
  return open.some((range) => range.from <= date && date <= range.to);
}
