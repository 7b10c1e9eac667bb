import { answerAppeal } from '../../../shared/contracts/publications/answer-appeal.schema';
import { fileAppeal } from '../../../shared/contracts/publications/file-appeal.schema';
import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { buildVillageBranch, VILLAGE } from '../publications/village-branch';
import { allDocs, databaseRequests, newKey } from '../reports/report-fixtures';
import { configureNoticeTemplates, sent, subscribe } from './notice-fixtures';

configureNoticeTemplates();

/** Beijing time on a 2026 date. */
const at = (date: string, time = '10:00') => new Date(`2026-${date}T${time}:00+08:00`);
let clock = at('03-20');

describe('notices of publications: the board open (or a month to sign off), appeals filed and answered', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });
  const [m1, m2] = VILLAGE.members;
  beforeAll(async () => {
    await buildVillageBranch(backend.db, clock);
    await subscribe(backend.as(m1.openid), ['publicationOpen', 'appealAnswered']);
    await subscribe(backend.as(VILLAGE.secretary), ['appealFiled']);
    await subscribe(backend.as(PEOPLE.memberA), ['monthToConfirm']);
    const { reportId } = await backend.as(m2.openid).ok(submitReport, {
      itemCode: 'contribution.publicWelfare',
      date: '2026-03-18',
      description: '参加村里的义务植树',
      points: 3,
      idempotencyKey: newKey(),
    });
    await backend.as(VILLAGE.recorder).ok(approveReport, { reportId });
  });
  beforeEach(() => backend.emulator.clearOutbox());

  it('a quarter published: the member who subscribed is told when the window and appeals end; the others are recorded', async () => {
    clock = at('04-01');
    const { result, requests } = await databaseRequests(backend, () =>
      backend.as(VILLAGE.secretary).ok(publishPeriod, { branchId: VILLAGE.branchId, period: '2026-Q1' }),
    );
    expect(result.publishedNow).toBe(true);
    expect(sent(backend, 'publicationOpen')).toEqual([
      {
        touser: m1.openid,
        errcode: 0,
        data: { thing1: '2026年第一季度', time2: '2026年4月8日 23:59', time3: '2026年4月8日 23:59', thing4: '如有异议请在截止前提出' },
        page: `pages/home/home?notice=publicationOpen&id=${encodeURIComponent(result.publication.publicationId)}`,
        state: 'developer',
      },
    ]);
    // Publishing's 8; the members' subscriptions (1 read), then one write per kind of outcome: the one used ∥ the
    // problem added to 单秀英's record (she was told of nothing before either) ∥ the first records of the other two.
    expect(requests).toBeLessThanOrEqual(8 + 4);
    const records = await allDocs<{ _id: string; problems: { key: string; outcome: string; ref: string }[] }>(
      backend,
      'noticeSubscriptions',
      {
        problemBranches: VILLAGE.branchId,
      },
    );
    const missed = records.filter((r) => r.problems.some((p) => p.key === 'publicationOpen'));
    expect(missed.map((o) => o._id).sort()).toEqual(
      VILLAGE.members
        .slice(1)
        .map((m) => m.openid)
        .sort(),
    );
    for (const record of missed)
      expect(record.problems.at(-1)).toMatchObject({ key: 'publicationOpen', outcome: 'noConsent', ref: result.publication.publicationId });

    // Publishing again is the same publication: nothing is sent twice.
    backend.emulator.clearOutbox();
    await backend.as(VILLAGE.deputy).ok(publishPeriod, { branchId: VILLAGE.branchId, period: '2026-Q1' });
    expect(sent(backend, 'publicationOpen')).toEqual([]);
  });

  it('where members sign off (scheme 001), the month is announced as one to confirm', async () => {
    await backend.as(PEOPLE.secretaryA).ok(publishPeriod, { branchId: 'bA', period: '2026-03' });
    expect(sent(backend, 'publicationOpen')).toEqual([]);
    expect(sent(backend, 'monthToConfirm')).toEqual([
      expect.objectContaining({
        touser: PEOPLE.memberA,
        errcode: 0,
        data: { thing1: '2026年3月积分', time2: '2026年4月6日 23:59', thing3: '请核对后在小程序中签字确认' },
      }),
    ]);
  });

  it('an appeal filed: the secretary who subscribed is told; answered: the member hears the answer', async () => {
    clock = at('04-02', '09:30');
    const { result: appeal, requests } = await databaseRequests(backend, () =>
      backend.as(m1.openid).ok(fileAppeal, {
        publicationId: `${VILLAGE.branchId}:2026-Q1`,
        reason: '三月份参加的护林巡逻没有记上分，请核实一下',
        idempotencyKey: newKey(),
      }),
    );
    // Filing's 5 (the publication ∥ an earlier filing ∥ roles ∥ member records, the insert); the branch's roles, the
    // secretaries' subscriptions, the one used ∥ the deputy's problem.
    expect(requests).toBeLessThanOrEqual(5 + 4);
    expect(sent(backend, 'appealFiled')).toEqual([
      expect.objectContaining({
        touser: VILLAGE.secretary,
        errcode: 0,
        data: {
          thing1: '曾国强',
          thing2: '2026年第一季度',
          thing3: '三月份参加的护林巡逻没有记上分，请核实…',
          time4: '2026年4月5日 23:59',
        },
      }),
    ]);
    const [deputy] = await allDocs<{ problems: { key: string; outcome: string }[] }>(backend, 'noticeSubscriptions', {
      _id: VILLAGE.deputy,
    });
    expect(deputy.problems.at(-1)).toMatchObject({ key: 'appealFiled', outcome: 'noConsent', ref: appeal.appealId });

    clock = at('04-03', '16:45');
    await backend
      .as(VILLAGE.deputy)
      .ok(answerAppeal, { appealId: appeal.appealId, decision: 'reject', answer: '经核实，护林巡逻记在四月' });
    expect(sent(backend, 'appealAnswered')).toEqual([
      expect.objectContaining({
        touser: m1.openid,
        errcode: 0,
        data: { thing1: '2026年第一季度', phrase2: '未采纳', thing3: '经核实，护林巡逻记在四月', time4: '2026年4月3日 16:45' },
      }),
    ]);
  });
});
