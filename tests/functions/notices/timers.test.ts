import { fileAppeal } from '../../../shared/contracts/publications/file-appeal.schema';
import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { setBranchScheme } from '../../../shared/contracts/org/set-branch-scheme.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { buildVillageBranch, VILLAGE } from '../publications/village-branch';
import { allDocs, newKey } from '../reports/report-fixtures';
import { configureNoticeTemplates, fireDailyTimer, sent, subscribe } from './notice-fixtures';

configureNoticeTemplates();

/** Beijing time. */
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);
let clock = at('2026-03-20');

interface DraftRow {
  _id: string;
  label: string;
  pendingReports: number;
  trigger: string;
  board: { name: string; exempt: boolean }[];
}

// The timer logs what each run did (SCF keeps it); the tests read the same summary from its result.
beforeAll(() => jest.spyOn(console, 'info').mockImplementation(() => undefined));

describe('the daily timer: drafts and reminders on the 1st, overdue appeals, the new year — each once however often it fires', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });
  beforeAll(async () => {
    await buildVillageBranch(backend.db, clock);
    await subscribe(backend.as(PEOPLE.secretaryA), ['publicationDue'], 3);
    await subscribe(backend.as(VILLAGE.secretary), ['publicationDue', 'appealOverdue'], 3);
    // A report of March still waiting when the month is drafted.
    await backend.as(PEOPLE.memberA).ok(submitReport, {
      itemCode: 'bonus.economy',
      date: '2026-03-20',
      description: '带动村民务工',
      idempotencyKey: newKey(),
    });
  });
  beforeEach(() => backend.emulator.clearOutbox());

  it('refuses to run for anyone but its timer', async () => {
    clock = at('2026-04-01', '02:30');
    const event = { Type: 'Timer', TriggerName: 'daily', Time: '2026-03-31T18:30:00Z', Message: '' };
    expect(await backend.as(PEOPLE.admin).raw('timers', event)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.emulator.invokeFunction('timers', event, { openid: PEOPLE.secretaryA })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await allDocs(backend, 'publicationDrafts')).toEqual([]);
  });

  it('on 1 April, fired twice at once and once more: one draft per branch and period, one reminder per secretary', async () => {
    clock = at('2026-04-01', '02:30');
    const runs = await Promise.all([fireDailyTimer(backend), fireDailyTimer(backend)]);
    const again = await fireDailyTimer(backend);
    expect([...runs, again].every((run) => run.result.ok)).toBe(true);
    const drafted = [...runs, again].flatMap((run) => run.result.data['drafted'] as string[]).sort();
    expect(drafted).toEqual(['bA:2026-03', 'bB:2026-Q1', 'bV:2026-Q1']);

    const drafts = await allDocs<DraftRow>(backend, 'publicationDrafts');
    expect(drafts.map((d) => d._id).sort()).toEqual(['bA:2026-03', 'bB:2026-Q1', 'bV:2026-Q1']);
    const march = drafts.find((d) => d._id === 'bA:2026-03')!;
    // Computed by the scoring core and the board code: every member of branch A, in pinyin order.
    expect(march).toMatchObject({ label: '2026年3月', pendingReports: 1, trigger: 'daily' });
    expect(march.board.map((row) => row.name)).toEqual(['李二', '王三', '张一']);
    expect(drafts.find((d) => d._id === 'bV:2026-Q1')!.board).toHaveLength(VILLAGE.members.length);

    // Secretaries with subscriptions to spare got exactly one reminder each; secretary B, without, none (recorded once).
    expect(sent(backend, 'publicationDue').map((m) => [m.touser, m.data])).toEqual(
      expect.arrayContaining([
        [PEOPLE.secretaryA, { thing1: '2026年3月', number2: '1', thing3: '请先审核待审申报，再核对发布' }],
        [VILLAGE.secretary, { thing1: '2026年第一季度', number2: '0', thing3: '积分草稿已生成，请核对后发布' }],
      ]),
    );
    expect(sent(backend, 'publicationDue')).toHaveLength(2);
    const [secretaryB] = await allDocs<{ problems: { key: string; ref: string }[] }>(backend, 'noticeSubscriptions', {
      _id: PEOPLE.secretaryB,
    });
    expect(secretaryB.problems).toEqual([expect.objectContaining({ key: 'publicationDue', outcome: 'noConsent', ref: 'bB:2026-Q1' })]);
  });

  it('after the first days of a month it drafts nothing', async () => {
    clock = at('2026-04-04', '02:30');
    expect((await fireDailyTimer(backend)).result.data).toMatchObject({ drafted: [], reminders: 0 });
    expect(await allDocs(backend, 'publicationDrafts')).toHaveLength(3);
  });

  it('an appeal past its answer limit: the secretaries are told once, whatever the number of runs', async () => {
    clock = at('2026-04-01', '10:00');
    await backend.as(VILLAGE.secretary).ok(publishPeriod, { branchId: VILLAGE.branchId, period: '2026-Q1' });
    clock = at('2026-04-02', '09:00');
    const [m1] = VILLAGE.members;
    const { appealId } = await backend
      .as(m1.openid)
      .ok(fileAppeal, { publicationId: `${VILLAGE.branchId}:2026-Q1`, reason: '少记了一次护林巡逻', idempotencyKey: newKey() });

    clock = at('2026-04-05', '02:30'); // the limit is the end of 5 April: not yet
    expect((await fireDailyTimer(backend)).result.data).toMatchObject({ overdueAppeals: 0 });
    clock = at('2026-04-06', '02:30');
    const runs = await Promise.all([fireDailyTimer(backend), fireDailyTimer(backend)]);
    clock = at('2026-04-07', '02:30');
    runs.push(await fireDailyTimer(backend));
    expect(runs.map((run) => run.result.data['overdueAppeals'] as number).reduce((a, b) => a + b)).toBe(1);
    expect(sent(backend, 'appealOverdue')).toEqual([
      expect.objectContaining({
        touser: VILLAGE.secretary,
        errcode: 0,
        data: { thing1: '曾国强', thing2: '2026年第一季度', time3: '2026年4月5日 23:59', thing4: '已超过答复期限，请尽快答复' },
      }),
    ]);
    expect(await allDocs(backend, 'noticeMarks')).toEqual([expect.objectContaining({ _id: `appealOverdue:${appealId}` })]);
  });

  it('on 1 January: each branch’s new year opens with last year’s pinned scheme, from zero; a year the committee set is kept', async () => {
    clock = at('2026-12-20');
    await backend.as(PEOPLE.admin).ok(setBranchScheme, { branchId: 'bB', year: 2027, scheme: { preset: '004-district-hundred' } });
    // A secretary up early publishes December before the timer: it is not drafted.
    clock = at('2027-01-01', '00:10');
    await backend.as(PEOPLE.secretaryA).ok(publishPeriod, { branchId: 'bA', period: '2026-12' });
    clock = at('2027-01-01', '02:30');
    const runs = await Promise.all([fireDailyTimer(backend), fireDailyTimer(backend)]);
    runs.push(await fireDailyTimer(backend));
    expect(runs.flatMap((run) => run.result.data['yearsOpened'] as string[]).sort()).toEqual(['bA:2027', 'bV:2027']);

    const years = await allDocs<Record<string, unknown>>(backend, 'branchYears', { year: 2027 });
    const of = (branchId: string) => years.find((y) => y['branchId'] === branchId)!;
    expect(years).toHaveLength(3);
    expect(of('bA')).toMatchObject({
      schemeId: '001-xishui-town',
      source: 'preset',
      closedPeriods: [],
      scoringFrom: '2027-01-01',
      setBy: 'timer',
    });
    expect(of('bV')).toMatchObject({ schemeId: '003-village-quarterly', scoringFrom: '2027-01-01', committeeId: 'c1' });
    expect(of('bB')).toMatchObject({ schemeId: '004-district-hundred', setBy: PEOPLE.admin });
    // Last year's December (unless published), fourth quarter and year are drafted too, each once.
    const drafted = runs.flatMap((run) => run.result.data['drafted'] as string[]).sort();
    expect(drafted).toEqual(['bA:2026', 'bB:2026', 'bB:2026-Q4', 'bV:2026', 'bV:2026-Q4']);

    // The new year is open for reports, and starts from nothing in the ledger.
    clock = at('2027-01-02');
    const report = await backend.as(PEOPLE.memberA).ok(submitReport, {
      itemCode: 'bonus.economy',
      date: '2027-01-02',
      description: '带动村民务工',
      idempotencyKey: newKey(),
    });
    expect(report).toMatchObject({ period: '2027-01', status: 'pending' });
    expect(await allDocs(backend, 'ledger', { branchId: 'bA', year: 2027 })).toEqual([]);
  });
});
