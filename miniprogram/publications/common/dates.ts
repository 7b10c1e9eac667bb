import { shortDate } from '../../common/format';

export { shortDate };

/** "2026-12-03" + 5 → "2026-12-08". */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
