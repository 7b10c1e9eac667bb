import { addDays, localDateToInt } from '../../../shared/period';
import { openDateRanges, requireOpenDate } from '../../../server/ledger/open-periods';
import { aBranchYear, reasonOf } from '../support/branch-year-mother';

describe('ledger: the periods still open for entries (requireOpenDate)', () => {
  const monthly = aBranchYear('001-xishui-town');
  const quarterly = aBranchYear('000-zhengzhou-community');

  it.each<[string, string, string, string]>([
    ['this month', '2026-03-02', '2026-03-15', '2026-03'],
    ['today', '2026-03-15', '2026-03-15', '2026-03'],
    ['last month, 10 days after its end', '2026-02-27', '2026-03-10', '2026-02'],
  ])('takes %s', (_, date, today, period) => {
    expect(requireOpenDate(monthly, date, today)).toBe(period);
  });

  it.each<[string, string, string, string]>([
    ['a future date', '2026-03-16', '2026-03-15', 'DATE_IN_FUTURE'],
    ['last month 11 days after its end', '2026-02-27', '2026-03-11', 'PERIOD_OVER'],
    ['another year', '2025-12-31', '2026-01-05', 'OUTSIDE_YEAR'],
  ])('refuses %s', (_, date, today, reason) => {
    expect(reasonOf(() => requireOpenDate(monthly, date, today))).toBe(reason);
  });

  it('refuses a published period and a date before the scoring start', () => {
    expect(
      reasonOf(() => requireOpenDate(aBranchYear('001-xishui-town', { closedPeriods: ['2026-03'] }), '2026-03-02', '2026-03-15')),
    ).toBe('PERIOD_PUBLISHED');
    expect(reasonOf(() => requireOpenDate(aBranchYear('001-xishui-town', { scoringFrom: '2026-03-01' }), '2026-02-27', '2026-03-05'))).toBe(
      'BEFORE_SCORING_START',
    );
  });

  it('keys by the scheme unit: a quarter stays open until 10 days after the quarter', () => {
    expect(requireOpenDate(quarterly, '2026-01-05', '2026-03-31')).toBe('2026-Q1');
    expect(requireOpenDate(quarterly, '2026-03-31', '2026-04-10')).toBe('2026-Q1');
    expect(reasonOf(() => requireOpenDate(quarterly, '2026-03-31', '2026-04-11'))).toBe('PERIOD_OVER');
  });
});

describe('ledger: the open dates as ranges for the report page (openDateRanges)', () => {
  const days = (from: string, to: string) => {
    const out: string[] = [];
    for (let d = from; localDateToInt(d) <= localDateToInt(to); d = addDays(d, 1)) out.push(d);
    return out;
  };
  const inRanges = (ranges: ReturnType<typeof openDateRanges>, date: string) =>
    ranges.some((r) => localDateToInt(r.from) <= localDateToInt(date) && localDateToInt(date) <= localDateToInt(r.to));

  it('last month while its late days last, then this month up to today', () => {
    const monthly = aBranchYear('001-xishui-town');
    expect(openDateRanges(monthly, '2026-03-10')).toEqual([
      { period: '2026-02', label: '2026年2月', from: '2026-02-01', to: '2026-02-28' },
      { period: '2026-03', label: '2026年3月', from: '2026-03-01', to: '2026-03-10' },
    ]);
    expect(openDateRanges(monthly, '2026-03-11')).toEqual([
      { period: '2026-03', label: '2026年3月', from: '2026-03-01', to: '2026-03-11' },
    ]);
    expect(openDateRanges(aBranchYear('001-xishui-town', { closedPeriods: ['2026-02'] }), '2026-03-05').map((r) => r.period)).toEqual([
      '2026-03',
    ]);
    expect(openDateRanges(aBranchYear('001-xishui-town', { scoringFrom: '2026-03-04' }), '2026-03-05')).toEqual([
      { period: '2026-03', label: '2026年3月', from: '2026-03-04', to: '2026-03-05' },
    ]);
  });

  // Every day of the year against every "today" of a few windows: a date is in a range exactly when requireOpenDate takes it.
  it.each<[string, Partial<Parameters<typeof aBranchYear>[1]>]>([
    ['001-xishui-town', {}],
    ['001-xishui-town', { closedPeriods: ['2026-05'], scoringFrom: '2026-04-20' }],
    ['000-zhengzhou-community', {}],
    ['000-zhengzhou-community', { closedPeriods: ['2026-Q2'] }],
  ])('agrees with requireOpenDate day by day (%s %j)', (preset, over) => {
    const branchYear = aBranchYear(preset, over);
    // The edges: first days of a period, the last late day and the day after, the year's turn.
    const todays = ['01-01', '01-10', '01-11', '02-28', '03-10', '03-11', '04-01', '04-10', '04-11', '04-20', '05-15', '06-10', '06-11']
      .concat(['07-01', '07-10', '07-11', '12-31'])
      .map((d) => `2026-${d}`)
      .concat(['2027-01-05', '2027-01-11']);
    for (const today of todays) {
      const ranges = openDateRanges(branchYear, today);
      for (const date of days('2025-12-20', '2027-01-05')) {
        const taken = reasonOf(() => requireOpenDate(branchYear, date, today)) === 'none';
        if (taken !== inRanges(ranges, date))
          throw new Error(`${preset} today ${today}: ${date} taken=${taken}, ranges ${JSON.stringify(ranges)}`);
      }
    }
  });
});
