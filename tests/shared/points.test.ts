import {
  absCenti,
  addCenti,
  applyPercent,
  asCenti,
  Centi,
  divideCenti,
  divideRounded,
  formatCenti,
  fromCenti,
  isHundredths,
  maxCenti,
  minCenti,
  negateCenti,
  subtractCenti,
  timesCenti,
  toCenti,
} from '../../shared/points';

describe('exact points', () => {
  it.each([
    [1000, 3, 333], // 3.33…
    [2000, 3, 667], // 6.66… rounds up
    [5, 2, 3], // 0.025 → 0.03: halves away from zero
    [-5, 2, -3],
    [7, 2, 4],
    [-7, 2, -4],
    [9950, 12, 829], // 99.5 / 12 = 8.291… → 8.29
    [0, 7, 0],
  ])('divideRounded(%i, %i) = %i (nearest hundredth, halves away from zero)', (n, d, expected) => {
    expect(divideRounded(n, d)).toBe(expected);
  });

  it('applies percentages by the same rule', () => {
    expect(applyPercent(asCenti(2300), 50)).toBe(1150);
    expect(applyPercent(asCenti(2301), 50)).toBe(1151); // 11.505 → 11.51
    expect(applyPercent(asCenti(150), 300)).toBe(450);
  });

  it('keeps halves and quarters exact where floats drift', () => {
    const minusHalf = toCenti(-0.5);
    let sum = 0;
    for (let i = 0; i < 7; i++) sum += minusHalf;
    expect(sum).toBe(-350);
    expect(toCenti(0.1) + toCenti(0.2)).toBe(toCenti(0.3));
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it.each([
    [0.5, true],
    [2.5, true],
    [-0.25, true],
    [0.125, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('isHundredths(%p) is %p', (value, expected) => {
    expect(isHundredths(value)).toBe(expected);
  });

  it.each([
    [8650, '86.5'],
    [-50, '-0.5'],
    [4000, '40'],
    [5, '0.05'],
    [-1234, '-12.34'],
  ])('formats %i hundredths as %s', (centi, text) => {
    expect(formatCenti(asCenti(centi))).toBe(text);
  });

  it('divides hundredths by the same rule', () => {
    expect(divideCenti(asCenti(1000), 3)).toBe(333);
    expect(divideCenti(asCenti(-5), 2)).toBe(-3);
    expect(divideCenti(asCenti(9950), 12)).toBe(829);
  });

  it('does arithmetic on hundredths without leaving them', () => {
    const a = toCenti(2.5);
    const b = toCenti(-0.75);
    expect(addCenti(a, b)).toBe(175);
    expect(subtractCenti(a, b)).toBe(325);
    expect(negateCenti(b)).toBe(75);
    expect(absCenti(b)).toBe(75);
    expect(minCenti(a, b)).toBe(-75);
    expect(maxCenti(a, b)).toBe(250);
    expect(timesCenti(a, 3)).toBe(750);
    expect(fromCenti(addCenti(a, b))).toBe(1.75);
  });

  it('keeps points out of hundredths at compile time (the brand costs nothing at run time)', () => {
    const points = 2.5;
    // @ts-expect-error points are not hundredths: convert with toCenti
    const wrong: Centi = points;
    // @ts-expect-error a sum of hundredths is a plain number until it goes through addCenti
    const sum: Centi = toCenti(1) + toCenti(2);
    const right: Centi = toCenti(points);
    expect(typeof right).toBe('number');
    expect([wrong, sum, right]).toEqual([2.5, 300, 250]);
  });

  it('refuses to divide non-integers or by zero', () => {
    expect(() => divideRounded(1.5, 2)).toThrow(RangeError);
    expect(() => divideRounded(1, 0)).toThrow(RangeError);
  });
});
