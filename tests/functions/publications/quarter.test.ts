import { answerAppeal } from '../../../shared/contracts/publications/answer-appeal.schema';
import { appealQueue } from '../../../shared/contracts/publications/appeal-queue.schema';
import { confirmPeriod } from '../../../shared/contracts/publications/confirm-period.schema';
import { draftPublication } from '../../../shared/contracts/publications/draft-publication.schema';
import { fileAppeal } from '../../../shared/contracts/publications/file-appeal.schema';
import { finalizePublication } from '../../../shared/contracts/publications/finalize-publication.schema';
import { listPublications } from '../../../shared/contracts/publications/list-publications.schema';
import { publicationBoard } from '../../../shared/contracts/publications/publication-board.schema';
import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { verifySeals } from '../../../shared/contracts/publications/verify-seals.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { databaseRequests, newKey } from '../reports/report-fixtures';
import { buildVillageBranch, VILLAGE } from './village-branch';

/** Beijing time on a 2026 date. */
const at = (date: string, time = '10:00') => new Date(`2026-${date}T${time}:00+08:00`);
let clock = at('01-15');

describe('a quarter from reports to its final publication, with appeals (scheme 003 village: 7-day window, answers within 3 days)', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });
  const [m1, m2, m3] = VILLAGE.members;
  let lateDuesEntry = '';
  beforeAll(async () => {
    await buildVillageBranch(backend.db, clock);
    const report = async (member: (typeof VILLAGE.members)[number], points: number) => {
      const { reportId } = await backend.as(member.openid).ok(submitReport, {
        itemCode: 'contribution.publicWelfare',
        date: '2026-01-14',
        description: '参加村里的义务植树',
        points,
        idempotencyKey: newKey(),
      });
      await backend.as(VILLAGE.recorder).ok(approveReport, { reportId });
    };
    await report(m1, 3);
    await report(m2, 4.5);
    lateDuesEntry = (
      await backend.as(VILLAGE.recorder).ok(recordEntry, {
        branchId: VILLAGE.branchId,
        memberId: m3.id,
        itemCode: 'base.lateDues',
        date: '2026-01-15',
        reason: '一季度党费未按时缴纳',
        idempotencyKey: newKey(),
      })
    ).entryId;
  });

  it('drafts the board in pinyin order, surnames read as surnames, before the quarter may be published', async () => {
    clock = at('03-30');
    const early = await backend.as(VILLAGE.secretary).ok(draftPublication, { branchId: VILLAGE.branchId, period: '2026-Q1' });
    expect(early.periodOver).toBe(false);
    expect(await backend.as(VILLAGE.secretary).call(publishPeriod, { branchId: VILLAGE.branchId, period: '2026-Q1' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'PERIOD_NOT_OVER',
    });

    clock = at('04-01');
    const draft = await backend.as(VILLAGE.secretary).ok(draftPublication, { branchId: VILLAGE.branchId, period: '2026-Q1' });
    expect(draft).toMatchObject({ periodOver: true, pendingReports: 0, published: null, window: { days: 7, workdays: false } });
    // 艾 ài, 单 shàn (not dān), 解 xiè (not jiě), 曾 zēng (not céng).
    expect(draft.board.map((r) => r.name)).toEqual(['艾德明', '单秀英', '解建华', '曾国强']);
    const row = (name: string) => draft.board.find((r) => r.name === name)!;
    expect(row('单秀英').periods).toEqual([{ key: '2026-Q1', label: '2026年第一季度', total: 84.5, plus: 4.5, minus: 0 }]);
    expect(row('解建华').periods[0]).toMatchObject({ total: 75, plus: 0, minus: -5 });
    expect(draft.board.every((r) => r.rank === null)).toBe(true);
    expect(await backend.as(PEOPLE.memberA).call(draftPublication, { branchId: VILLAGE.branchId, period: '2026-Q1' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('publishes once, closes the quarter to entries, and shows the board to the branch', async () => {
    const { result: published, requests } = await databaseRequests(backend, () =>
      backend.as(VILLAGE.secretary).ok(publishPeriod, { branchId: VILLAGE.branchId, period: '2026-Q1' }),
    );
    expect(published.publishedNow).toBe(true);
    // roles ∥ branch-year ∥ existing publication; pending count ∥ members ∥ lines grouped by member; insert; close the periods.
    expect(requests).toBeLessThanOrEqual(8);
    expect(published.publication).toMatchObject({
      status: 'open',
      windowEndsAt: '2026-04-08T15:59:59.999Z',
      appealsUntil: '2026-04-08T15:59:59.999Z',
      seal: null,
    });
    expect((await backend.as(VILLAGE.deputy).ok(publishPeriod, { branchId: VILLAGE.branchId, period: '2026-Q1' })).publishedNow).toBe(
      false,
    );
    expect(
      await backend.as(VILLAGE.recorder).call(recordEntry, {
        branchId: VILLAGE.branchId,
        memberId: m1.id,
        itemCode: 'base.lateDues',
        date: '2026-03-20',
        reason: '补记',
        idempotencyKey: newKey(),
      }),
    ).toMatchObject({ ok: false, code: 'PERIOD_CLOSED', reason: 'PERIOD_PUBLISHED' });

    const board = await backend.as(m3.openid).ok(publicationBoard, { publicationId: published.publication.publicationId });
    expect(board.me).toMatchObject({ memberId: m3.id, canAppeal: true, appeals: [], confirmationRequired: false });
    expect(board.officer).toBeNull();
    expect(await backend.as(PEOPLE.memberB).call(publicationBoard, { publicationId: published.publication.publicationId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(
      (await backend.as(m1.openid).ok(listPublications, { branchId: VILLAGE.branchId, year: 2026 })).publications.map((p) => p.period),
    ).toEqual(['2026-Q1']);
  });

  it('takes appeals in the window; an accepted one corrects the ledger, an unanswered one turns overdue', async () => {
    const publicationId = `${VILLAGE.branchId}:2026-Q1`;
    clock = at('04-02');
    const wrongDues = await backend
      .as(m3.openid)
      .ok(fileAppeal, { publicationId, reason: '一季度党费是按时交的，有收据', idempotencyKey: 'appeal-m3-001' });
    expect(wrongDues).toMatchObject({ status: 'open', answerDue: '2026-04-05T15:59:59.999Z', overdue: false });
    expect(
      (
        await backend
          .as(m3.openid)
          .ok(fileAppeal, { publicationId, reason: '一季度党费是按时交的，有收据', idempotencyKey: 'appeal-m3-001' })
      ).appealId,
    ).toBe(wrongDues.appealId);
    clock = at('04-03');
    const more = await backend
      .as(m1.openid)
      .ok(fileAppeal, { publicationId, reason: '一月份还参加了两次巡逻，没有记分', idempotencyKey: 'appeal-m1-001' });
    expect(
      await backend.as(m3.openid).call(answerAppeal, { appealId: wrongDues.appealId, decision: 'accept', answer: '自己答复' }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    clock = at('04-04');
    const accepted = await backend.as(VILLAGE.secretary).ok(answerAppeal, {
      appealId: wrongDues.appealId,
      decision: 'accept',
      answer: '经核实收据，党费已按时缴纳，撤销扣分',
      correction: { kind: 'cancel', entryId: lateDuesEntry },
    });
    expect(accepted).toMatchObject({ status: 'accepted', correctionEntryId: expect.any(String) });
    const [reversal] = (await backend.db.collection('ledger').where({ _id: accepted.correctionEntryId }).get()).data as {
      source: string;
      reverses: string;
    }[];
    expect(reversal).toMatchObject({ source: 'appeal', reverses: lateDuesEntry });
    expect(
      await backend.as(VILLAGE.deputy).call(answerAppeal, { appealId: wrongDues.appealId, decision: 'reject', answer: '再答一次' }),
    ).toMatchObject({ ok: false, reason: 'APPEAL_ANSWERED' });

    clock = at('04-07');
    const queue = await backend.as(VILLAGE.secretary).ok(appealQueue, { branchId: VILLAGE.branchId });
    expect(queue.appeals).toEqual([
      expect.objectContaining({ appealId: more.appealId, overdue: true, answerDue: '2026-04-06T15:59:59.999Z' }),
    ]);
  });

  it('waits for every answer after the window, then makes the publication final with the corrected numbers and a seal', async () => {
    const publicationId = `${VILLAGE.branchId}:2026-Q1`;
    clock = at('04-09');
    expect(
      await backend.as(m2.openid).call(fileAppeal, { publicationId, reason: '我的分数有误', idempotencyKey: 'appeal-m2-late' }),
    ).toMatchObject({ ok: false, code: 'EXPIRED', reason: 'APPEAL_WINDOW_CLOSED' });
    expect(await backend.as(VILLAGE.secretary).call(finalizePublication, { publicationId })).toMatchObject({
      ok: false,
      reason: 'APPEALS_OPEN',
    });
    expect((await backend.as(m1.openid).ok(publicationBoard, { publicationId })).publication.status).toBe('open');

    const [open] = (await backend.as(VILLAGE.secretary).ok(appealQueue, { branchId: VILLAGE.branchId })).appeals;
    await backend
      .as(VILLAGE.deputy)
      .ok(answerAppeal, { appealId: open.appealId, decision: 'reject', answer: '巡逻记录里没有这两次，请提供签到表后在下一季度申报' });

    const board = await backend.as(m1.openid).ok(publicationBoard, { publicationId });
    expect(board.publication).toMatchObject({ status: 'final', seal: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(board.board.find((r) => r.name === '解建华')!.periods[0]).toMatchObject({ total: 80, minus: 0 });
    expect(board.me!.appeals).toEqual([
      expect.objectContaining({ status: 'rejected', answer: '巡逻记录里没有这两次，请提供签到表后在下一季度申报' }),
    ]);
    expect(
      await backend.as(m2.openid).call(fileAppeal, { publicationId, reason: '我的分数有误', idempotencyKey: 'appeal-m2-final' }),
    ).toMatchObject({ ok: false, reason: 'PUBLICATION_FINAL' });
    expect(await backend.as(PEOPLE.admin).ok(verifySeals, { branchId: VILLAGE.branchId })).toEqual({ ok: true, checked: 1, broken: null });
    expect(await backend.as(VILLAGE.secretary).call(verifySeals, { branchId: VILLAGE.branchId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await backend.as(m1.openid).call(confirmPeriod, { publicationId })).toMatchObject({
      ok: false,
      reason: 'CONFIRMATION_NOT_USED',
    });
  });
});
