import { failedNotices } from '../../../shared/contracts/notices/failed-notices.schema';
import { mySubscriptions } from '../../../shared/contracts/notices/my-subscriptions.schema';
import { recordConsent } from '../../../shared/contracts/notices/record-consent.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { allDocs, databaseRequests, newKey } from '../reports/report-fixtures';
import { configureNoticeTemplates, sent, subscribe, TEMPLATE_IDS } from './notice-fixtures';

configureNoticeTemplates();

/** 10 March 2026, 10:00 Beijing time: 10 ms later at each reading, so that what happens later is later. */
const start = new Date('2026-03-10T10:00:00+08:00');
let ticks = 0;
const clock = () => new Date(start.getTime() + 10 * ticks++);

describe('notices of reports: to the reviewers when a report waits, to the member when it is reviewed', () => {
  const backend = useBackend({ now: clock, world: start });
  const report = async (openid: string = PEOPLE.memberA) =>
    backend
      .as(openid)
      .ok(submitReport, { itemCode: 'bonus.economy', date: '2026-03-10', description: '带动村民到合作社务工', idempotencyKey: newKey() });
  beforeEach(() => backend.emulator.clearOutbox());

  it('a subscription page lists the configured kinds, what concerns the caller, and what they accepted', async () => {
    expect(await backend.as(PEOPLE.recorderA).ok(mySubscriptions, {})).toEqual({
      templates: expect.arrayContaining([
        { key: 'reportWaiting', title: '申报待审核提醒', templateId: TEMPLATE_IDS.reportWaiting, credits: 0, forMe: true },
        { key: 'appealFiled', title: '异议待答复提醒', templateId: TEMPLATE_IDS.appealFiled, credits: 0, forMe: false },
        { key: 'reportReviewed', title: '申报审核结果通知', templateId: TEMPLATE_IDS.reportReviewed, credits: 0, forMe: false },
      ]),
    });
    // Each 允许 allows one message; a refusal in the prompt allows none and takes nothing back.
    await subscribe(backend.as(PEOPLE.memberA), ['reportReviewed'], 2);
    const after = await backend
      .as(PEOPLE.memberA)
      .ok(recordConsent, { answers: { [TEMPLATE_IDS.reportReviewed]: 'reject', [TEMPLATE_IDS.publicationOpen]: 'ban' } });
    expect(after.templates.find((t) => t.key === 'reportReviewed')).toMatchObject({ credits: 2, forMe: true });
    expect(after.templates.find((t) => t.key === 'publicationOpen')).toMatchObject({ credits: 0, forMe: true });
    expect(after.templates.find((t) => t.key === 'reportWaiting')).toMatchObject({ forMe: false });
    // A template this deployment does not use is refused, naming it; nothing is written.
    expect(await backend.as(PEOPLE.memberA).call(recordConsent, { answers: { 'tmpl-unknown': 'accept' } })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'answers.tmpl-unknown', message: '不是本小程序的订阅消息模板' }],
    });
    expect((await backend.as(PEOPLE.memberA).ok(mySubscriptions, {})).templates.find((t) => t.key === 'reportReviewed')?.credits).toBe(2);
  });

  it('a report waits: the secretary, who subscribed, is told; the recorder, who did not, is recorded as not subscribed', async () => {
    await subscribe(backend.as(PEOPLE.secretaryA), ['reportWaiting']);
    const { result, requests } = await databaseRequests(backend, () => report());
    expect(result.status).toBe('pending');
    expect(sent(backend, 'reportWaiting')).toEqual([
      {
        touser: PEOPLE.secretaryA,
        errcode: 0,
        // 经济发展：带头干事创业或带动务工、招商引资 has 21 characters: a thing field takes 20.
        data: {
          thing1: '张一',
          thing2: '经济发展：带头干事创业或带动务工、招商…',
          time3: '2026年3月10日 10:00',
          thing4: '请及时在小程序中审核',
        },
        page: `pages/home/home?notice=reportWaiting&id=${result.reportId}`,
        state: 'developer',
      },
    ]);
    // The submit's 4 + the branch's roles, the two officers' subscriptions, the secretary's subscription
    // used ∥ the recorder's first record (no consent).
    expect(requests).toBeLessThanOrEqual(4 + 4);
    expect((await backend.as(PEOPLE.secretaryA).ok(mySubscriptions, {})).templates.find((t) => t.key === 'reportWaiting')?.credits).toBe(0);
    const [recorder] = await allDocs<{ problems: unknown[] }>(backend, 'noticeSubscriptions', { _id: PEOPLE.recorderA });
    expect(recorder.problems).toEqual([
      { at: expect.anything(), key: 'reportWaiting', outcome: 'noConsent', errCode: null, branchId: 'bA', ref: result.reportId },
    ]);

    // The secretary has used the one message: the next report is not sent to anyone, and is recorded.
    await report();
    expect(sent(backend, 'reportWaiting')).toHaveLength(1);
  });

  it('approved: the member hears the result with the points; rejected after a refusal: the rejection stands and the refusal is recorded', async () => {
    const first = await report();
    const { result, requests } = await databaseRequests(backend, () =>
      backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: first.reportId }),
    );
    expect(result.report.status).toBe('approved');
    expect(requests).toBeLessThanOrEqual(6 + 1 + 2); // the approval (cold: + the pinned scheme), the subscription, its use
    expect(sent(backend, 'reportReviewed')).toEqual([
      expect.objectContaining({
        touser: PEOPLE.memberA,
        errcode: 0,
        data: { thing1: '经济发展：带头干事创业或带动务工、招商…', phrase2: '已通过', thing3: '本次记2分', time4: '2026年3月10日 10:00' },
      }),
    ]);
    // Approving again answers the approval and sends nothing more.
    await backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: first.reportId });
    expect(sent(backend, 'reportReviewed')).toHaveLength(1);

    // The member turned the messages off in WeChat: 43101, though the product still counts one subscription.
    backend.emulator.refuseSubscribeMessages(PEOPLE.memberA, TEMPLATE_IDS.reportReviewed);
    const second = await report();
    const rejected = await backend.as(PEOPLE.secretaryA).call(rejectReport, { reportId: second.reportId, reason: '请补充带动务工的人数' });
    expect(rejected).toMatchObject({ ok: true, data: { status: 'rejected', rejectReason: '请补充带动务工的人数' } });
    expect(sent(backend, 'reportReviewed').at(-1)).toMatchObject({ touser: PEOPLE.memberA, errcode: 43101 });
    const [member] = await allDocs<{ credits: Record<string, number>; problems: { outcome: string }[] }>(backend, 'noticeSubscriptions', {
      _id: PEOPLE.memberA,
    });
    expect(member.credits['reportReviewed']).toBe(0);
    expect(member.problems.at(-1)).toMatchObject({ key: 'reportReviewed', outcome: 'refused', errCode: 43101, ref: second.reportId });
  });

  it('a member who never subscribed: the approval goes through, nothing is sent, and the officers see why', async () => {
    const { reportId } = await report(PEOPLE.memberA2);
    backend.emulator.clearOutbox();
    expect(await backend.as(PEOPLE.recorderA).call(approveReport, { reportId })).toMatchObject({ ok: true });
    expect(sent(backend, 'reportReviewed')).toEqual([]);

    const { notices } = await backend.as(PEOPLE.secretaryA).ok(failedNotices, { branchId: 'bA' });
    expect(notices[0]).toEqual({
      at: expect.stringMatching(/^2026-03-10T02:00:0/),
      name: '李二',
      key: 'reportReviewed',
      title: '申报审核结果通知',
      outcome: 'noConsent',
      outcomeText: '未订阅',
      errCode: null,
    });
    expect(notices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '张一', key: 'reportReviewed', outcome: 'refused', outcomeText: '用户拒收', errCode: 43101 }),
        expect.objectContaining({ name: '记分员', key: 'reportWaiting', outcome: 'noConsent' }),
      ]),
    );
    expect(await backend.as(PEOPLE.memberA).call(failedNotices, { branchId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await backend.as(PEOPLE.secretaryB).ok(failedNotices, { branchId: 'bB' })).notices).toEqual([]);
  });
});
