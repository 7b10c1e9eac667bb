/** Points as people read them: at most two decimals, no trailing zeros, a true minus sign ("−2"). */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 100) / 100;
  const text = String(Math.abs(rounded));
  return rounded < 0 ? `−${text}` : text;
}

/** A change of points: "+5", "−2", "0". */
export function formatDelta(points: number): string {
  return points > 0 ? `+${formatPoints(points)}` : formatPoints(points);
}

/** "2026-11" → "11月"; "2026-Q3" → "三季度"; anything else as it is. */
export function shortPeriodLabel(key: string): string {
  const month = /^\d{4}-(\d{2})$/.exec(key);
  if (month) return `${Number(month[1])}月`;
  const quarter = /^\d{4}-Q([1-4])$/.exec(key);
  if (quarter) return `${'一二三四'[Number(quarter[1]) - 1]}季度`;
  return key;
}

/** "2026-11-27" → "11月27日". */
export function shortDate(date: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})/.exec(date);
  return match ? `${Number(match[1])}月${Number(match[2])}日` : date;
}

/** An instant (an ISO time from the functions) as its calendar date in Beijing: "2026-12-08T15:59:59.999Z" → "2026-12-08". */
export function beijingDate(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso.slice(0, 10) : new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}
