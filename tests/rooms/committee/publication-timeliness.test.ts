import { findPreset } from '../../../shared/scheme';
import { publicationTimeliness } from '../../../server/committee/publication-timeliness';
import { gradeCounts } from '../../../server/committee/grade-counts';
import type { PublicationMoment } from '../../../server/publications/publication-repository';

const monthly = findPreset('001-xishui-town')!;
const quarterly = findPreset('002-changzhou-office')!;
const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);
const published = (period: string, day: string, windowEnds: string): PublicationMoment => ({
  branchId: 'b',
  period,
  kind: period.includes('Q') ? 'quarter' : 'month',
  status: 'open',
  publishedAt: at(day),
  windowEndsAt: new Date(`${windowEnds}T23:59:59.999+08:00`),
});

describe('publicationTimeliness: on time within 10 days of the period end', () => {
  it('tells on time, late, missing and still due apart', () => {
    const figures = publicationTimeliness(
      monthly,
      2026,
      '2026-01-01',
      [published('2026-01', '2026-02-10', '2026-02-15'), published('2026-02', '2026-03-11', '2026-03-16')],
      at('2026-04-05'),
    );
    // January published on its 10th day: on time; February on the 11th: late; March ended, 5 of its 10 days gone: due.
    expect(figures).toEqual({
      ended: 3,
      onTime: 1,
      late: 1,
      missing: 0,
      due: 1,
      open: 0,
      closed: 2,
      problems: [{ period: '2026-02', label: '2026年2月', state: 'late' }],
    });
    expect(publicationTimeliness(monthly, 2026, '2026-01-01', [], at('2026-04-11')).missing).toBe(3);
  });

  it('asks nothing of periods before the branch started scoring, or not yet ended', () => {
    expect(publicationTimeliness(quarterly, 2026, '2026-04-01', [], at('2026-05-20'))).toMatchObject({ ended: 0, missing: 0, due: 0 });
    expect(publicationTimeliness(quarterly, 2026, '2026-01-01', [], at('2026-03-31'))).toMatchObject({ ended: 0 });
    expect(publicationTimeliness(quarterly, 2026, '2026-01-01', [], at('2026-04-01'))).toMatchObject({ ended: 1, due: 1 });
  });

  it('counts a publication open while its window runs', () => {
    const window = published('2026-Q1', '2026-04-03', '2026-04-10');
    expect(publicationTimeliness(quarterly, 2026, '2026-01-01', [window], at('2026-04-10'))).toMatchObject({
      onTime: 1,
      open: 1,
      closed: 0,
    });
    expect(publicationTimeliness(quarterly, 2026, '2026-01-01', [window], at('2026-04-11'))).toMatchObject({ open: 0, closed: 1 });
  });
});

describe('gradeCounts: the decided grade where the committee changed it, else the proposal', () => {
  const bands = [
    { code: 'excellent', name: '优秀' },
    { code: 'qualified', name: '合格' },
    { code: 'unqualified', name: '不合格' },
  ];
  const rows = [
    { memberId: 'm1', grade: 'excellent' },
    { memberId: 'm2', grade: 'qualified' },
    { memberId: 'm3', grade: 'qualified' },
    { memberId: 'm4', grade: null },
  ];

  it('counts nothing before the branch proposes', () => {
    expect(gradeCounts(undefined)).toEqual({ status: 'none', counts: [], ungraded: 0 });
    expect(gradeCounts({ branchId: 'b', status: 'open', proposal: null, decision: null })).toEqual({
      status: 'open',
      counts: [],
      ungraded: 0,
    });
  });

  it('counts the proposal, then the decision with its changes', () => {
    const proposal = { bands, rows };
    expect(gradeCounts({ branchId: 'b', status: 'proposed', proposal, decision: null }).counts.map((g) => g.count)).toEqual([1, 2, 0]);
    const decided = gradeCounts({
      branchId: 'b',
      status: 'decided',
      proposal,
      decision: { changes: [{ memberId: 'm3', to: 'unqualified' }] },
    });
    expect(decided).toEqual({
      status: 'decided',
      counts: [
        { code: 'excellent', name: '优秀', count: 1 },
        { code: 'qualified', name: '合格', count: 1 },
        { code: 'unqualified', name: '不合格', count: 1 },
      ],
      ungraded: 1,
    });
  });
});
