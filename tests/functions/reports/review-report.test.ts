import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { reviewQueue } from '../../../shared/contracts/reports/review-queue.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { withdrawReport } from '../../../shared/contracts/reports/withdraw-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { allDocs, databaseRequests, fixedClock, newKey, NOW, uploadPhoto } from './report-fixtures';

describe('reports.reviewQueue, approveReport, rejectReport', () => {
  const backend = useBackend({ now: fixedClock, world: NOW });

  const submitDeed = (points?: number) =>
    backend.as(PEOPLE.memberA).ok(submitReport, {
      itemCode: 'posts.deed',
      post: 'sanitation',
      date: '2026-03-12',
      description: '清理村道垃圾',
      ...(points !== undefined ? { points } : {}),
      idempotencyKey: newKey(),
    });
  const submitHonor = async () =>
    backend.as(PEOPLE.memberA).ok(submitReport, {
      itemCode: 'bonus.honor',
      level: 'town',
      date: '2026-03-11',
      description: '获镇级表彰',
      photos: [await uploadPhoto(PEOPLE.memberA)],
      idempotencyKey: newKey(),
    });

  it('shows the branch queue oldest first to its recorder, secretary and committee admin only', async () => {
    const first = await submitDeed();
    const second = await submitHonor();
    const queue = await backend.as(PEOPLE.recorderA).ok(reviewQueue, { branchId: 'bA', offset: 0, limit: 100 });
    const ids = queue.reports.map((r) => r.reportId);
    expect(ids.indexOf(first.reportId)).toBeLessThan(ids.indexOf(second.reportId));
    expect(queue.total).toBe(queue.reports.length);
    expect(queue.reports.every((r) => r.status === 'pending' && r.memberName === '张一')).toBe(true);
    expect((await backend.as(PEOPLE.secretaryA).ok(reviewQueue, { branchId: 'bA', offset: 0, limit: 1 })).reports).toHaveLength(1);
    expect((await backend.as(PEOPLE.admin).ok(reviewQueue, { branchId: 'bA', offset: 0, limit: 10 })).total).toBe(queue.total);
    for (const who of [PEOPLE.secretaryB, PEOPLE.memberA, PEOPLE.memberB, PEOPLE.stranger]) {
      expect(await backend.as(who).call(reviewQueue, { branchId: 'bA', offset: 0, limit: 10 })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(await backend.as(PEOPLE.recorderA).call(reviewQueue, { branchId: 'bA', offset: 0, limit: 101 })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
  });

  it("shows reviewers each photo through a temporary link the function hands out; the file itself stays the member's", async () => {
    const honor = await submitHonor();
    const queue = await backend.as(PEOPLE.recorderA).ok(reviewQueue, { branchId: 'bA', offset: 0, limit: 100 });
    const [photo] = queue.reports.find((r) => r.reportId === honor.reportId)!.photos;
    expect(photo.fileId).toBe(honor.photos[0].fileId);
    const image = await fetch(photo.url!);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    // Asked for directly (as wx.cloud.getTempFileURL would, with the reviewer's own identity), storage refuses.
    const direct = await fetch(`${backend.emulator.url}/_emulator/storage/temp-urls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': PEOPLE.recorderA },
      body: JSON.stringify({ fileList: [photo.fileId] }),
    });
    const body = (await direct.json()) as { fileList?: { code: string; tempFileURL: string }[]; code?: string };
    expect(body.fileList?.[0]?.tempFileURL ?? '').toBe('');
    // The approval's and the member's own views carry links too.
    const approved = await backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: honor.reportId, level: 'town' });
    expect(approved.report.photos[0]).toEqual({ fileId: photo.fileId, url: expect.stringContaining('sign=') });
  });

  it('approves with the reviewer’s points for a range item, within 6 database requests', async () => {
    const unproposed = await submitDeed();
    expect(await backend.as(PEOPLE.recorderA).call(approveReport, { reportId: unproposed.reportId })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'points' }],
    });
    const report = await submitDeed(9);
    expect(await backend.as(PEOPLE.recorderA).call(approveReport, { reportId: report.reportId, points: 10.5 })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'points' }],
    });
    // The scheme is cached by now (warm instance): roles + transaction start/get/update/add/commit.
    const { result, requests } = await databaseRequests(backend, () =>
      backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: report.reportId, points: 7.5, note: '核实属实' }),
    );
    expect(requests).toBeLessThanOrEqual(6);
    expect(result.report).toMatchObject({
      status: 'approved',
      awardedPoints: 7.5,
      reviewNote: '核实属实',
      ledgerEntryId: result.entryId,
      points: 9,
    });
    const [entry] = await allDocs<Record<string, unknown>>(backend, 'ledger', { sourceKey: `report:${report.reportId}` });
    expect(entry).toMatchObject({
      _id: result.entryId,
      memberId: 'mA1',
      branchId: 'bA',
      itemCode: 'posts.deed',
      points: 7.5,
      post: 'sanitation',
      baseCenti: 750,
      period: '2026-03',
      year: 2026,
      source: 'report',
      reportId: report.reportId,
      reason: '核实属实',
      actor: { openid: PEOPLE.recorderA, role: 'recorder' },
    });
    // Approving again answers the same entry and writes nothing.
    expect(await backend.as(PEOPLE.secretaryA).ok(approveReport, { reportId: report.reportId, points: 5 })).toMatchObject({
      entryId: result.entryId,
    });
    expect(await allDocs(backend, 'ledger', { reportId: report.reportId })).toHaveLength(1);
  });

  it('writes exactly one ledger entry for 50 concurrent approvals of one report', async () => {
    const report = await submitHonor();
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        backend.as(i % 2 ? PEOPLE.recorderA : PEOPLE.secretaryA).call(approveReport, { reportId: report.reportId }),
      ),
    );
    const entryIds = new Set(replies.map((r) => (r.ok ? r.data.entryId : `${r.code}:${r.message}`)));
    expect([...entryIds]).toHaveLength(1);
    expect(replies.every((r) => r.ok)).toBe(true);
    const entries = await allDocs<{ _id: string; level: string; baseCenti: number }>(backend, 'ledger', { reportId: report.reportId });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ _id: [...entryIds][0], level: 'town', baseCenti: 100 });
  });

  it('relies on the unique sourceKey as a second guard: an existing entry for the report is returned, not doubled', async () => {
    const report = await submitHonor();
    // An entry for this report that the report does not know about (as if written by an earlier, interrupted path).
    const { id } = await backend.db.collection('ledger').add({
      sourceKey: `report:${report.reportId}`,
      branchId: 'bA',
      memberId: 'mA1',
      year: 2026,
      period: '2026-03',
      date: '2026-03-11',
      itemCode: 'bonus.honor',
      itemName: '表彰',
      points: null,
      level: 'town',
      quantity: null,
      post: null,
      baseCenti: 100,
      actor: { openid: PEOPLE.recorderA, role: 'recorder' },
      at: NOW,
      reason: '审核通过',
      source: 'report',
      reportId: report.reportId,
      meetingId: null,
      reverses: null,
    });
    expect(await backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: report.reportId })).toMatchObject({
      entryId: id,
      report: { status: 'approved', ledgerEntryId: id, awardedPoints: 1 },
    });
    expect(await allDocs(backend, 'ledger', { reportId: report.reportId })).toHaveLength(1);
    expect(await backend.as(PEOPLE.secretaryA).ok(approveReport, { reportId: report.reportId })).toMatchObject({ entryId: id });
  });

  it('rejects a pending report once; reviewed reports cannot be rejected, withdrawn or re-approved', async () => {
    const report = await submitDeed();
    expect(await backend.as(PEOPLE.recorderA).call(rejectReport, { reportId: report.reportId, reason: '' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    const rejected = await backend.as(PEOPLE.recorderA).ok(rejectReport, { reportId: report.reportId, reason: '照片与说明不符' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '照片与说明不符' });
    expect(await backend.as(PEOPLE.recorderA).ok(rejectReport, { reportId: report.reportId, reason: '再次' })).toMatchObject({
      rejectReason: '照片与说明不符',
    });
    expect(await backend.as(PEOPLE.secretaryA).call(approveReport, { reportId: report.reportId, points: 5 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'REPORT_ALREADY_REVIEWED',
    });
    expect(await backend.as(PEOPLE.memberA).call(withdrawReport, { reportId: report.reportId })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'REPORT_ALREADY_REVIEWED',
    });
    expect(await allDocs(backend, 'ledger', { reportId: report.reportId })).toHaveLength(0);

    const approved = await submitHonor();
    await backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: approved.reportId });
    expect(await backend.as(PEOPLE.recorderA).call(rejectReport, { reportId: approved.reportId, reason: '晚了' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'REPORT_ALREADY_REVIEWED',
    });

    const withdrawn = await submitDeed();
    await backend.as(PEOPLE.memberA).ok(withdrawReport, { reportId: withdrawn.reportId });
    expect(await backend.as(PEOPLE.recorderA).call(approveReport, { reportId: withdrawn.reportId, points: 5 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'REPORT_ALREADY_REVIEWED',
    });
  });

  it('lets only the report’s branch recorder or secretary review it (not the committee admin)', async () => {
    const report = await submitDeed();
    for (const who of [PEOPLE.secretaryB, PEOPLE.admin, PEOPLE.memberA, PEOPLE.memberA2, PEOPLE.stranger]) {
      expect(await backend.as(who).call(approveReport, { reportId: report.reportId, points: 5 })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await backend.as(who).call(rejectReport, { reportId: report.reportId, reason: '不行' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(await backend.as(PEOPLE.recorderA).call(approveReport, { reportId: 'no-such-report', points: 5 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await allDocs(backend, 'ledger', { reportId: report.reportId })).toHaveLength(0);
    const [stored] = await allDocs<{ status: string }>(backend, 'reports', { _id: report.reportId });
    expect(stored.status).toBe('pending');
  });
});
