import { draftPublication } from '../../../shared/contracts/publications/draft-publication.schema';
import { setBoardSettings } from '../../../shared/contracts/publications/set-board-settings.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { databaseRequests } from '../reports/report-fixtures';

let clock = new Date('2026-11-27T10:00:00+08:00');

/** The secretary's 公示 page opens on the period due now and offers the year's others (draftPublication without a period). */
describe('draftPublication without a period: the one due now, the year’s choices and the board setting', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });
  const months = (to: number) => Array.from({ length: to }, (_, i) => `2026-${String(to - i).padStart(2, '0')}`);

  it('a monthly scheme (001): the latest month that has ended; this month and the year are choices, not yet over', async () => {
    const { result: draft, requests } = await databaseRequests(backend, () =>
      backend.as(PEOPLE.secretaryA).ok(draftPublication, { branchId: 'bA' }),
    );
    expect(draft.period).toMatchObject({ key: '2026-10', kind: 'month', label: '2026年10月', from: '2026-10-01', to: '2026-10-31' });
    expect(draft).toMatchObject({ periodOver: true, window: { days: 5, workdays: false }, published: null, showRanking: false });
    expect(draft.choices.map((c) => c.key)).toEqual([...months(11), '2026']);
    expect(draft.choices.filter((c) => !c.over).map((c) => c.label)).toEqual(['2026年11月', '2026年度']);
    expect(requests).toBe(6);
    expect(await backend.as(PEOPLE.secretaryA).ok(draftPublication, { branchId: 'bA', year: 2026 })).toEqual(draft);
  });

  it('a scheme that publishes by quarter (002, 5 working days): the last quarter that has ended', async () => {
    const draft = await backend.as(PEOPLE.secretaryB).ok(draftPublication, { branchId: 'bB' });
    expect(draft.period).toMatchObject({ key: '2026-Q3', kind: 'quarter', label: '2026年第三季度' });
    expect(draft.window).toEqual({ days: 5, workdays: true });
    expect(draft.choices).toEqual([
      { key: '2026-Q4', kind: 'quarter', label: '2026年第四季度', over: false },
      { key: '2026-Q3', kind: 'quarter', label: '2026年第三季度', over: true },
      { key: '2026-Q2', kind: 'quarter', label: '2026年第二季度', over: true },
      { key: '2026-Q1', kind: 'quarter', label: '2026年第一季度', over: true },
      { key: '2026', kind: 'year', label: '2026年度', over: false },
    ]);
  });

  it('in January: December of the year before, whose periods have all ended', async () => {
    clock = new Date('2027-01-04T09:00:00+08:00');
    const draft = await backend.as(PEOPLE.secretaryA).ok(draftPublication, { branchId: 'bA' });
    expect(draft.period.key).toBe('2026-12');
    expect(draft.choices).toHaveLength(13);
    expect(draft.choices.every((c) => c.over)).toBe(true);
  });

  it('shows the branch’s ranking setting, and takes a period or a year, not both', async () => {
    await backend.as(PEOPLE.secretaryA).ok(setBoardSettings, { branchId: 'bA', year: 2026, showRanking: true });
    const draft = await backend.as(PEOPLE.secretaryA).ok(draftPublication, { branchId: 'bA', period: '2026-11' });
    expect(draft).toMatchObject({ period: { key: '2026-11' }, showRanking: true });
    expect(draft.board.filter((r) => !r.exempt).every((r) => r.rank !== null)).toBe(true);
    expect(await backend.as(PEOPLE.secretaryA).call(draftPublication, { branchId: 'bA', period: '2026-11', year: 2026 })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.year', message: '公示期和年度只填一项' }],
    });
  });
});
