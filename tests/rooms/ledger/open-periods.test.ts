import { requireOpenDate } from '../../../server/ledger/open-periods';
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
