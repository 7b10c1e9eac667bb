/**
 * Exact points. Every score is an integer number of hundredths of a point ("centi"):
 * the seeds use halves (−0.5), quarters (2.5) and averages, so floats would drift.
 *
 * The one rounding rule: whenever a division is needed (averages of periods, cumulative ÷ 4,
 * percentage weights such as ×50%), the exact quotient is rounded to the nearest hundredth,
 * halves away from zero (四舍五入). `divideRounded` is the only place that rounds; `divideCenti` and
 * `applyPercent` are the two ways the engine uses it.
 *
 * Hundredths have a type of their own, `Centi`: a number the compiler will not let stand for points
 * (or for a count) by accident. A `Centi` comes from `toCenti` (points as written in a scheme or a
 * scenario), `asCenti` (a number already in hundredths: a typed-array cell, a stored value) or the
 * arithmetic below; `fromCenti` and `formatCenti` turn it back into points for output. At run time it
 * is a plain number: the brand costs nothing.
 */
declare const centiBrand: unique symbol;

/** An integer number of hundredths of a point (or ±Infinity where a limit is absent). */
export type Centi = number & { readonly [centiBrand]: 'centi' };

/** An Int32Array whose cells are hundredths: reads give `Centi`, writes need one. */
export type CentiArray = Int32Array & { [index: number]: Centi };

/** A Float64Array of hundredths (running totals that may hold ±Infinity). */
export type CentiFloatArray = Float64Array & { [index: number]: Centi };

export const CENTI_PER_POINT = 100;

export const ZERO_CENTI = 0 as Centi;

/** True when `value` has at most two decimals (0.5, 2.5, 0.01 …). */
export function isHundredths(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const scaled = value * CENTI_PER_POINT;
  return Math.abs(scaled - Math.round(scaled)) < 1e-7 && Math.abs(scaled) <= 2_000_000_000;
}

/** Points (as written in a scheme or scenario) to hundredths. Callers validate with isHundredths first. */
export function toCenti(points: number): Centi {
  return Math.round(points * CENTI_PER_POINT) as Centi;
}

/** A number that already is in hundredths (a typed-array cell, a stored value, ±Infinity for no limit). No check, no cost. */
export function asCenti(hundredths: number): Centi {
  return hundredths as Centi;
}

/**
 * Hundredths back to points for output; exact for every integer centi value. Takes any number so that
 * hundredths stored outside the engine (a ledger line's `baseCenti`) convert without a cast.
 */
export function fromCenti(centi: Centi | number): number {
  return centi / CENTI_PER_POINT;
}

export function addCenti(a: Centi, b: Centi): Centi {
  return (a + b) as Centi;
}

export function subtractCenti(a: Centi, b: Centi): Centi {
  return (a - b) as Centi;
}

export function negateCenti(a: Centi): Centi {
  return -a as Centi;
}

export function absCenti(a: Centi): Centi {
  return (a < 0 ? -a : a) as Centi;
}

export function minCenti(a: Centi, b: Centi): Centi {
  return a < b ? a : b;
}

export function maxCenti(a: Centi, b: Centi): Centi {
  return a > b ? a : b;
}

/** centi × a whole count (per-occurrence items: value × quantity). */
export function timesCenti(centi: Centi, count: number): Centi {
  return (centi * count) as Centi;
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

/** centi ÷ a whole number by the rounding rule (the average of the periods, cumulative ÷ 4). */
export function divideCenti(centi: Centi, divisor: number): Centi {
  return divideRounded(centi, divisor) as Centi;
}

/** centi × percent / 100, by the same rounding rule (×200 % age multiplier, ×50 % review weight). */
export function applyPercent(centi: Centi, percent: number): Centi {
  return divideRounded(centi * percent, 100) as Centi;
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
