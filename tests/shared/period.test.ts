import {
  addDays,
  addWorkdays,
  endOfLocalDay,
  weekdayOf,
  ageOn,
  isLocalDate,
  localDateOf,
  localDateToInt,
  parsePeriodKey,
  periodAt,
  periodOf,
  periodsOfYear,
  startedPeriodCount,
} from '../../shared/period';

describe('period arithmetic', () => {
  it('lays out months and quarters of a year', () => {
    const months = periodsOfYear('month', 2026);
    expect(months).toHaveLength(12);
    expect(months[1]).toMatchObject({ key: '2026-02', label: '2026年2月', start: '2026-02-01', end: '2026-02-28' });
    expect(periodsOfYear('month', 2028)[1].end).toBe('2028-02-29');
    const quarters = periodsOfYear('quarter', 2026);
    expect(quarters.map((q) => q.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(quarters[3]).toMatchObject({ label: '2026年第四季度', start: '2026-10-01', end: '2026-12-31' });
  });

  it('finds the period of a date and parses keys back', () => {
    expect(periodOf('quarter', '2026-06-30').key).toBe('2026-Q2');
    expect(periodOf('quarter', '2026-07-01').key).toBe('2026-Q3');
    expect(periodOf('month', '2026-12-31').key).toBe('2026-12');
    expect(parsePeriodKey('2026-Q3')).toEqual(periodAt('quarter', 2026, 2));
    expect(parsePeriodKey('2026-13')).toBeNull();
    expect(parsePeriodKey('2026-Q5')).toBeNull();
  });

  it.each([
    ['2025-12-31', 0],
    ['2026-01-01', 1],
    ['2026-03-31', 3],
    ['2026-04-01', 4],
    ['2026-12-31', 12],
    ['2027-01-05', 12],
  ])('by %s, %i months of 2026 have started', (asOf, count) => {
    expect(startedPeriodCount('month', 2026, asOf)).toBe(count);
  });

  it('counts age in full years, a person turning N on their birthday', () => {
    const born = localDateToInt('1956-03-16');
    expect(ageOn(born, localDateToInt('2026-03-15'))).toBe(69);
    expect(ageOn(born, localDateToInt('2026-03-16'))).toBe(70);
    const leap = localDateToInt('1960-02-29');
    expect(ageOn(leap, localDateToInt('2026-02-28'))).toBe(65);
    expect(ageOn(leap, localDateToInt('2026-03-01'))).toBe(66);
  });

  it('validates calendar dates strictly', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
    expect(isLocalDate('2026-02-03T00:00:00Z')).toBe(false);
  });

  it('reads instants as Shanghai calendar dates', () => {
    expect(localDateOf(Date.UTC(2026, 0, 31, 15, 59))).toBe('2026-01-31');
    expect(localDateOf(Date.UTC(2026, 0, 31, 16, 0))).toBe('2026-02-01');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});

describe('working days and the end of a day (publication windows)', () => {
  it.each<[string, number, string]>([
    ['2026-03-02', 5, '2026-03-09'], // Monday + 5 working days → next Monday
    ['2026-03-06', 1, '2026-03-09'], // Friday + 1 → Monday
    ['2026-03-07', 1, '2026-03-09'], // Saturday + 1 → Monday
    ['2026-03-02', 0, '2026-03-02'],
  ])('%s + %i working days = %s', (date, days, expected) => {
    expect(addWorkdays(date, days)).toBe(expected);
  });

  it('ends a day at 23:59:59.999 Beijing time', () => {
    expect(endOfLocalDay('2026-03-31').toISOString()).toBe('2026-03-31T15:59:59.999Z');
    expect(weekdayOf('2026-03-01')).toBe(0);
  });
});
