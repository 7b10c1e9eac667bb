/**
 * Exact points. Every score is an integer number of hundredths of a point ("centi"):
 * the seeds use halves (−0.5), quarters (2.5) and averages, so floats would drift.
 *
 * The one rounding rule: whenever a division is needed (averages of periods, cumulative ÷ 4,
 * percentage weights such as ×50%), the exact quotient is rounded to the nearest hundredth,
 * halves away from zero (四舍五入). `divideRounded` is the only place that rounds.
 */
export type Centi = number;

export const CENTI_PER_POINT = 100;

/** True when `value` has at most two decimals (0.5, 2.5, 0.01 …). */
export function isHundredths(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const scaled = value * CENTI_PER_POINT;
  return Math.abs(scaled - Math.round(scaled)) < 1e-7 && Math.abs(scaled) <= 2_000_000_000;
}

/** Points (as written in a scheme or scenario) to hundredths. Callers validate with isHundredths first. */
export function toCenti(points: number): Centi {
  return Math.round(points * CENTI_PER_POINT);
}

/** Hundredths back to points for output; exact for every integer centi value. */
export function fromCenti(centi: Centi): number {
  return centi / CENTI_PER_POINT;
}

/** numerator / denominator rounded to an integer, halves away from zero. The project's only rounding rule. */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator === 0) {
    throw new RangeError(`divideRounded needs integers and a non-zero denominator (got ${numerator}/${denominator})`);
  }
  const negative = numerator < 0 !== denominator < 0;
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const quotient = Math.floor(n / d);
  const remainder = n - quotient * d;
  const rounded = remainder * 2 >= d ? quotient + 1 : quotient;
  return negative ? -rounded : rounded;
}

/** centi × percent / 100, by the same rounding rule (×200 % age multiplier, ×50 % review weight). */
export function applyPercent(centi: Centi, percent: number): Centi {
  return divideRounded(centi * percent, 100);
}

/** "86.5", "-0.5", "40" — for messages and tables. */
export function formatCenti(centi: Centi): string {
  const sign = centi < 0 ? '-' : '';
  const abs = Math.abs(centi);
  const whole = Math.floor(abs / CENTI_PER_POINT);
  const frac = abs % CENTI_PER_POINT;
  if (frac === 0) return `${sign}${whole}`;
  const fracText = String(frac).padStart(2, '0').replace(/0$/, '');
  return `${sign}${whole}.${fracText}`;
}
