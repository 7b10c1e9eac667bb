import { answerAppeal } from '../../../shared/contracts/publications/answer-appeal.schema';
import { fileAppeal } from '../../../shared/contracts/publications/file-appeal.schema';
import { myAppeals } from '../../../shared/contracts/publications/my-appeals.schema';
import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { databaseRequests } from '../reports/report-fixtures';

let clock = new Date('2026-02-02T10:00:00+08:00');

/** An appeal of an earlier year, written as the filing would have (the list reaches back to last year's 1 January only). */
const olderAppeal = (id: string, filedAt: string) => ({
  publicationId: 'p-old',
  branchId: 'bA',
  committeeId: 'c1',
  period: filedAt.slice(0, 4),
  memberId: 'mA1',
  memberName: '张一',
  openid: PEOPLE.memberA,
  reason: `${id} 的理由`,
  photos: [],
  filedAt: new Date(filedAt),
  answerDue: new Date(filedAt),
  status: 'rejected',
  answeredAt: new Date(filedAt),
  answeredBy: 'o-someone-gone',
  answer: '当年已答复',
  correctionEntryId: null,
});

describe('我的异议 (publications.myAppeals): the member’s own appeals across periods, newest first', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });

  it('lists what the member filed with its answer, who answered and overdue, never another member’s', async () => {
    await backend.db.collection(COLLECTIONS.appeals).doc('old-2024').set(olderAppeal('old-2024', '2024-12-20T10:00:00+08:00'));
    await backend.db.collection(COLLECTIONS.appeals).doc('old-2025').set(olderAppeal('old-2025', '2025-01-01T00:30:00+08:00'));
    expect(await backend.as(PEOPLE.memberA).ok(myAppeals, {})).toMatchObject({
      memberId: 'mA1',
      truncated: false,
      appeals: [{ appealId: 'old-2025', periodLabel: '2025年度', status: 'rejected', answeredBy: null }],
    });

    const { publication } = await backend.as(PEOPLE.secretaryA).ok(publishPeriod, { branchId: 'bA', period: '2026-01' });
    const publicationId = publication.publicationId;
    const first = await backend
      .as(PEOPLE.memberA)
      .ok(fileAppeal, { publicationId, reason: '一月份的党课我参加了，没有记分', idempotencyKey: 'my-appeals-a-1' });
    clock = new Date('2026-02-03T09:00:00+08:00');
    const second = await backend
      .as(PEOPLE.memberA)
      .ok(fileAppeal, { publicationId, reason: '总分少了 1 分', idempotencyKey: 'my-appeals-a-2' });
    await backend.as(PEOPLE.memberA2).ok(fileAppeal, { publicationId, reason: '李二自己的异议', idempotencyKey: 'my-appeals-a2-1' });
    clock = new Date('2026-02-04T09:00:00+08:00');
    await backend.as(PEOPLE.secretaryA).ok(answerAppeal, { appealId: first.appealId, decision: 'reject', answer: '签到表上没有您的名字' });

    clock = new Date('2026-03-20T09:00:00+08:00');
    const { result, requests } = await databaseRequests(backend, () => backend.as(PEOPLE.memberA).ok(myAppeals, { memberId: 'mA1' }));
    expect(requests).toBe(3);
    expect(result.appeals.map((a) => a.appealId)).toEqual([second.appealId, first.appealId, 'old-2025']);
    expect(result.appeals[0]).toEqual({
      appealId: second.appealId,
      publicationId,
      period: '2026-01',
      periodLabel: '2026年1月',
      memberId: 'mA1',
      reason: '总分少了 1 分',
      photoCount: 0,
      filedAt: '2026-02-03T01:00:00.000Z',
      answerDue: second.answerDue,
      overdue: true,
      status: 'open',
      answeredAt: null,
      answeredBy: null,
      answer: null,
      correctionEntryId: null,
    });
    expect(result.appeals[1]).toMatchObject({
      status: 'rejected',
      overdue: false,
      answer: '签到表上没有您的名字',
      answeredBy: '书记',
      answeredAt: '2026-02-04T01:00:00.000Z',
    });

    const other = await backend.as(PEOPLE.memberA2).ok(myAppeals, {});
    expect(other.appeals.map((a) => a.reason)).toEqual(['李二自己的异议']);
  });

  it('answers with one request less when nothing was answered, and refuses whoever is not the member', async () => {
    const { requests, result } = await databaseRequests(backend, () => backend.as(PEOPLE.memberB).ok(myAppeals, {}));
    expect(result).toEqual({ memberId: 'mB1', appeals: [], truncated: false });
    expect(requests).toBe(2);
    expect(await backend.as(PEOPLE.stranger).call(myAppeals, {})).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'NOT_BOUND' });
    expect(await backend.as(PEOPLE.memberB).call(myAppeals, { memberId: 'mA1' })).toMatchObject({ ok: false, reason: 'NOT_OWN_MEMBER' });
    expect(await backend.as(PEOPLE.memberA).call(myAppeals, { memberId: 'x', extra: 1 } as never)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
  });
});
