import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { listMyReports } from '../../../shared/contracts/reports/list-my-reports.schema';
import { withdrawReport } from '../../../shared/contracts/reports/withdraw-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { allDocs, databaseRequests, fixedClock, newKey, NOW, uploadPhoto } from './report-fixtures';

describe('reports.submitReport, withdrawReport, listMyReports', () => {
  const backend = useBackend({ now: fixedClock, world: NOW });

  const member = () => backend.as(PEOPLE.memberA);
  const honor = async (over: Record<string, unknown> = {}) => ({
    itemCode: 'bonus.honor',
    date: '2026-03-10',
    description: '获县级优秀党员表彰',
    photos: [await uploadPhoto(PEOPLE.memberA)],
    level: 'county',
    idempotencyKey: newKey(),
    ...over,
  });

  it('stores a pending report with the member, period, pinned scheme and content checks', async () => {
    backend.emulator.clearOutbox();
    const request = await honor();
    const { result: report, requests } = await databaseRequests(backend, () => member().ok(submitReport, request));
    expect(report).toMatchObject({
      branchId: 'bA',
      memberId: 'mA1',
      memberName: '张一',
      itemCode: 'bonus.honor',
      itemName: '工作、生产、学习中作出突出贡献受表彰',
      period: '2026-03',
      level: 'county',
      status: 'pending',
      textCheck: 'pass',
      photos: request.photos.map((fileId) => ({ fileId, url: expect.any(String) })),
      ledgerEntryId: null,
    });
    expect(requests).toBeLessThanOrEqual(4);
    const [stored] = await allDocs<Record<string, unknown>>(backend, 'reports', { _id: report.reportId });
    expect(stored).toMatchObject({ openid: PEOPLE.memberA, scheme: { source: 'preset', id: '001-xishui-town', version: 1 }, year: 2026 });
    const media = backend.emulator.outbox('security.mediaCheckAsync');
    expect(media).toHaveLength(1);
    expect(stored.photoTraceIds).toEqual([media[0].response['trace_id']]);
    expect(backend.emulator.outbox('security.msgSecCheck')[0].request).toMatchObject({
      content: '获县级优秀党员表彰',
      scene: 1,
      version: 2,
      openid: PEOPLE.memberA,
    });
  });

  it('treats a retried submission (same key, also concurrent) as the same report', async () => {
    const request = await honor();
    const replies = await Promise.all(Array.from({ length: 8 }, () => member().call(submitReport, request)));
    const ids = new Set(replies.map((r) => (r.ok ? r.data.reportId : r.code)));
    expect(ids.size).toBe(1);
    expect(replies.every((r) => r.ok)).toBe(true);
    const again = await member().ok(submitReport, request);
    expect(ids.has(again.reportId)).toBe(true);
    expect(await allDocs(backend, 'reports', { idempotencyKey: request.idempotencyKey })).toHaveLength(1);
    expect(await member().call(submitReport, { ...request, description: '别的内容' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('refuses risky text with CONTENT_REJECTED and writes nothing', async () => {
    const before = (await allDocs(backend, 'reports')).length;
    const reply = await member().call(submitReport, await honor({ description: '组织赌博活动' }));
    expect(reply).toMatchObject({ ok: false, code: 'CONTENT_REJECTED' });
    expect(await allDocs(backend, 'reports')).toHaveLength(before);
  });

  it('applies the item photo rule and the own-folder rule', async () => {
    expect(await member().call(submitReport, await honor({ photos: [] }))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'photos' }],
    });
    const other = await uploadPhoto(PEOPLE.memberA2);
    expect(await member().call(submitReport, await honor({ photos: [other] }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'PHOTO_NOT_OWN',
    });
    const sneaky = `cloud://env.bucket/reports/${PEOPLE.memberA}/../${PEOPLE.memberA2}/x.png`;
    expect(await member().call(submitReport, await honor({ photos: [sneaky] }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'PHOTO_NOT_OWN',
    });
    const missing = (await uploadPhoto(PEOPLE.memberA)).replace(/[^/]+$/, 'never-uploaded.png');
    expect(await member().call(submitReport, await honor({ photos: [missing] }))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'photos.0' }],
    });
    const tooMany = await Promise.all(Array.from({ length: 10 }, () => uploadPhoto(PEOPLE.memberA)));
    expect(await member().call(submitReport, await honor({ photos: tooMany }))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.photos' }],
    });
    // bonus.economy takes optional photos: none is fine.
    expect(
      await member().call(submitReport, {
        itemCode: 'bonus.economy',
        date: '2026-03-02',
        description: '带动务工',
        photos: [],
        idempotencyKey: newKey(),
      }),
    ).toMatchObject({ ok: true });
  });

  it('lets a member report only member items, with valid fields', async () => {
    const base = { date: '2026-03-10', description: '说明', photos: [], idempotencyKey: newKey() };
    expect(await member().call(submitReport, { ...base, itemCode: 'duties.study.absent' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'ITEM_RECORDER_ONLY',
    });
    expect(await member().call(submitReport, { ...base, itemCode: 'no.such.item' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'itemCode' }],
    });
    // A range item: points may be proposed (within range and step) or left to the reviewer.
    expect(await member().call(submitReport, { ...base, itemCode: 'posts.deed', post: 'sanitation', points: 3.3 })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'points' }],
    });
    expect(await member().call(submitReport, { ...base, itemCode: 'posts.deed', post: 'securityPatrol' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'post' }],
    });
    expect(await member().ok(submitReport, { ...base, itemCode: 'posts.deed', post: 'sanitation' })).toMatchObject({
      points: null,
      post: 'sanitation',
    });
    expect(
      await member().ok(submitReport, { ...base, idempotencyKey: newKey(), itemCode: 'posts.deed', post: 'sanitation', points: 8.5 }),
    ).toMatchObject({ points: 8.5 });
    expect(
      await member().call(submitReport, {
        ...base,
        idempotencyKey: newKey(),
        itemCode: 'bonus.honor',
        photos: [await uploadPhoto(PEOPLE.memberA)],
        level: 'galactic',
      }),
    ).toMatchObject({ ok: false, code: 'VALIDATION', fields: [{ path: 'level' }] });
  });

  it.each([
    ['a future date', '2026-03-16', 'DATE_IN_FUTURE'],
    ['a month past its late-entry window', '2026-01-20', 'PERIOD_OVER'],
    ['last year', '2025-12-31', 'NO_SCHEME_FOR_YEAR'],
  ])('refuses %s', async (_, date, reason) => {
    const reply = await member().call(submitReport, { itemCode: 'bonus.economy', date, description: '说明', idempotencyKey: newKey() });
    expect(reply).toMatchObject({ ok: false, reason });
    if (reason !== 'NO_SCHEME_FOR_YEAR') expect(reply).toMatchObject({ code: 'PERIOD_CLOSED' });
  });

  it.each([
    ['only control characters', '\u0000\u0001\u0007'],
    ['only zero-width characters', '\u200b\u200c\ufeff'],
    ['only spaces and line breaks', ' \n\t\u3000 '],
    ['a control character inside real text', '打扫卫生\u0000两小时'],
  ])('refuses a description of %s, naming the field, and writes nothing', async (_, description) => {
    const before = (await backend.db.collection('reports').count()).total;
    const reply = await member().call(submitReport, {
      itemCode: 'bonus.economy',
      date: '2026-03-10',
      description,
      idempotencyKey: newKey(),
    });
    expect(reply).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.description', message: expect.stringMatching(/[\u4e00-\u9fa5]/) }],
    });
    expect((await backend.db.collection('reports').count()).total).toBe(before);
  });

  it('keeps line breaks in a description that has text', async () => {
    const report = await member().ok(submitReport, {
      itemCode: 'bonus.economy',
      date: '2026-03-10',
      description: '  上午：清扫村道\r\n下午：走访两户  ',
      idempotencyKey: newKey(),
    });
    expect(report.description).toBe('上午：清扫村道\r\n下午：走访两户');
  });

  it('refuses a published (closed) period', async () => {
    await backend.db
      .collection('branchYears')
      .doc('bA:2026')
      .update({ closedPeriods: ['2026-03'] });
    try {
      const reply = await member().call(submitReport, {
        itemCode: 'bonus.economy',
        date: '2026-03-02',
        description: '说明',
        idempotencyKey: newKey(),
      });
      expect(reply).toMatchObject({ ok: false, code: 'PERIOD_CLOSED', reason: 'PERIOD_PUBLISHED' });
    } finally {
      await backend.db.collection('branchYears').doc('bA:2026').update({ closedPeriods: [] });
    }
  });

  it('refuses people without a member record, and other members’ records', async () => {
    const request = { itemCode: 'bonus.economy', date: '2026-03-10', description: '说明', idempotencyKey: newKey() };
    expect(await backend.as(PEOPLE.stranger).call(submitReport, request)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_BOUND',
    });
    expect(await backend.as(PEOPLE.secretaryA).call(submitReport, request)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await member().call(submitReport, { ...request, memberId: 'mA2' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.as(null).call(submitReport, request)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await member().call(submitReport, { ...request, description: '' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.description' }],
    });
    expect(await member().call(submitReport, { ...request, description: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
  });

  it('withdraws only the submitter’s own pending report, idempotently', async () => {
    const report = await member().ok(submitReport, {
      itemCode: 'bonus.economy',
      date: '2026-03-10',
      description: '待撤回',
      idempotencyKey: newKey(),
    });
    expect(await backend.as(PEOPLE.memberA2).call(withdrawReport, { reportId: report.reportId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await member().ok(withdrawReport, { reportId: report.reportId })).toMatchObject({ status: 'withdrawn' });
    expect(await member().ok(withdrawReport, { reportId: report.reportId })).toMatchObject({ status: 'withdrawn' });
    expect(await member().call(withdrawReport, { reportId: 'nope' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const withdrawn = await member().ok(listMyReports, { status: 'withdrawn', offset: 0, limit: 20 });
    expect(withdrawn.reports.map((r) => r.reportId)).toContain(report.reportId);
    expect(withdrawn.reports.every((r) => r.status === 'withdrawn')).toBe(true);
  });

  it('lists the caller’s own reports only, newest first, paged', async () => {
    const mine = await member().ok(listMyReports, { offset: 0, limit: 100 });
    expect(mine.total).toBe(mine.reports.length);
    expect(mine.reports.every((r) => r.memberId === 'mA1')).toBe(true);
    const times = mine.reports.map((r) => r.submittedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const page = await member().ok(listMyReports, { offset: 1, limit: 2 });
    expect(page.reports.map((r) => r.reportId)).toEqual(mine.reports.slice(1, 3).map((r) => r.reportId));
    expect((await backend.as(PEOPLE.memberA2).ok(listMyReports, { offset: 0, limit: 20 })).total).toBe(0);
    expect(await backend.as(PEOPLE.stranger).call(listMyReports, { offset: 0, limit: 20 })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_BOUND',
    });
    expect(await member().call(listMyReports, { memberId: 'mA2', offset: 0, limit: 20 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
