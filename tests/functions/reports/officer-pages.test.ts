import { approveReports } from '../../../shared/contracts/reports/approve-reports.schema';
import { recordingForm } from '../../../shared/contracts/reports/recording-form.schema';
import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { reviewQueue } from '../../../shared/contracts/reports/review-queue.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { forgetPinnedSchemes } from '../../../server/schemes/scheme-cache';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { allDocs, databaseRequests, fixedClock, newKey, NOW, uploadPhoto } from './report-fixtures';

/** What the recorders' and secretaries' pages read and do: the queue's item rules, approving several at once, the recording form. */
describe('reports for the officer pages: reviewQueue items, approveReports, recordingForm', () => {
  const backend = useBackend({ now: fixedClock, world: NOW });
  beforeAll(async () => {
    // Member 李二 (mA2) is also the branch's second recorder; 王三 (mA3) is exempt.
    await backend.db
      .collection('roles')
      .doc(`${PEOPLE.memberA2}:bA:recorder`)
      .set({ openid: PEOPLE.memberA2, orgId: 'bA', role: 'recorder', grantedBy: PEOPLE.secretaryA, grantedAt: new Date() });
    await backend.db
      .collection('members')
      .doc('mA3')
      .update({ exempt: { reason: '年老多病', approvedBy: PEOPLE.secretaryA, approvedAt: new Date() } });
  });

  const submit = (openid: string, fields: Record<string, unknown>) =>
    backend.as(openid).ok(submitReport, { date: '2026-03-12', description: '为村里办事', idempotencyKey: newKey(), ...fields } as never);
  const deed = (points?: number) => submit(PEOPLE.memberA, { itemCode: 'posts.deed', post: 'sanitation', ...(points ? { points } : {}) });
  const economy = () => submit(PEOPLE.memberA, { itemCode: 'bonus.economy' });
  const honor = async () =>
    submit(PEOPLE.memberA, { itemCode: 'bonus.honor', level: 'county', photos: [await uploadPhoto(PEOPLE.memberA)] });
  const ledgerOf = async (reportIds: string[]) =>
    (await allDocs(backend, 'ledger', { source: 'report' })).filter((l) => reportIds.includes(l.reportId as string));
  const statusOf = async (reportId: string) => (await backend.db.collection('reports').doc(reportId).get()).data[0]?.status;

  it('gives the queue the rules of its items, so the page offers only allowed points and levels', async () => {
    await deed();
    await honor();
    forgetPinnedSchemes();
    const { result, requests } = await databaseRequests(backend, () =>
      backend.as(PEOPLE.recorderA).ok(reviewQueue, { branchId: 'bA', offset: 0, limit: 20 }),
    );
    // Roles, the page ∥ the count, and the pinned scheme once on a cold instance.
    expect(requests).toBeLessThanOrEqual(4);
    const rule = (code: string) => result.items.find((i) => i.code === code);
    expect(rule('posts.deed')).toEqual({
      year: 2026,
      code: 'posts.deed',
      name: '为民办一件实事',
      categoryName: expect.any(String),
      points: { kind: 'range', min: 0, max: 10, step: 0.5 },
      enteredBy: 'member',
      requiresPost: true,
    });
    expect(rule('bonus.honor')?.points).toEqual({
      kind: 'levels',
      levels: [
        { code: 'provincialOrCentral', name: '中央、省级表彰', value: 4 },
        { code: 'city', name: '市级表彰', value: 3 },
        { code: 'county', name: '县级表彰', value: 2 },
        { code: 'town', name: '镇级表彰', value: 1 },
      ],
    });
    // One rule per item code and year, however many reports use it.
    expect(new Set(result.items.map((i) => `${i.year}:${i.code}`)).size).toBe(result.items.length);
  });

  it('approves several reports as proposed in one transaction, and a retry answers the same entries', async () => {
    const reports = [await economy(), await honor(), await deed(6.5)];
    const ids = reports.map((r) => r.reportId);
    const { result, requests } = await databaseRequests(backend, () =>
      backend.as(PEOPLE.recorderA).ok(approveReports, { reportIds: ids, note: '核实属实' }),
    );
    expect(requests).toBeLessThanOrEqual(3 + 3 * ids.length);
    expect(result.approved.map((a) => [a.reportId, a.awardedPoints, a.already])).toEqual([
      [ids[0], 2, false],
      [ids[1], 2, false],
      [ids[2], 6.5, false],
    ]);
    const lines = await ledgerOf(ids);
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.reason === '核实属实' && (l.actor as { role: string }).role === 'recorder')).toBe(true);
    for (const id of ids) expect(await statusOf(id)).toBe('approved');

    const again = await backend.as(PEOPLE.secretaryA).ok(approveReports, { reportIds: ids });
    expect(again.approved.map((a) => [a.entryId, a.already])).toEqual(result.approved.map((a) => [a.entryId, true]));
    expect(await ledgerOf(ids)).toHaveLength(3);
  });

  it('writes nothing when one report of the batch was rejected meanwhile, and names it', async () => {
    const [a, b, c] = [await economy(), await economy(), await economy()];
    await backend.as(PEOPLE.secretaryA).ok(rejectReport, { reportId: b.reportId, reason: '佐证不足' });
    const reply = await backend.as(PEOPLE.recorderA).call(approveReports, { reportIds: [a.reportId, b.reportId, c.reportId] });
    expect(reply).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'REPORT_ALREADY_REVIEWED',
      fields: [{ path: 'reportIds.1', message: expect.stringContaining('张一 3月12日的“经济发展') }],
    });
    expect(await statusOf(a.reportId)).toBe('pending');
    expect(await statusOf(c.reportId)).toBe('pending');
    expect(await ledgerOf([a.reportId, c.reportId])).toHaveLength(0);
  });

  it('refuses a batch with a range item nobody chose points for, naming its field; nothing written', async () => {
    const [fixed, open] = [await economy(), await deed()];
    const reply = await backend.as(PEOPLE.recorderA).call(approveReports, { reportIds: [fixed.reportId, open.reportId] });
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION', fields: [{ path: 'reportIds.1.points' }] });
    expect(await statusOf(fixed.reportId)).toBe('pending');
  });

  it('refuses an officer’s own report in a batch (SELF_REVIEW), and bad requests before reading anything', async () => {
    const own = await submit(PEOPLE.memberA2, { itemCode: 'bonus.economy' });
    const other = await economy();
    expect(await backend.as(PEOPLE.memberA2).call(approveReports, { reportIds: [other.reportId, own.reportId] })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'SELF_REVIEW',
      fields: [{ path: 'reportIds.1' }],
    });
    expect(await statusOf(other.reportId)).toBe('pending');
    expect(await backend.as(PEOPLE.recorderA).call(approveReports, { reportIds: [other.reportId, other.reportId] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    expect(await backend.as(PEOPLE.recorderA).call(approveReports, { reportIds: [] })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(
      await backend.as(PEOPLE.recorderA).call(approveReports, { reportIds: Array.from({ length: 21 }, (_, i) => `r${i}`) }),
    ).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await backend.as(PEOPLE.secretaryB).call(approveReports, { reportIds: [other.reportId] })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('gives the attendance and entry pages members, meetings, items and open dates in one call of 3 requests', async () => {
    const { result, requests } = await databaseRequests(backend, () => backend.as(PEOPLE.memberA2).ok(recordingForm, { branchId: 'bA' }));
    expect(requests).toBeLessThanOrEqual(3);
    expect(result).toMatchObject({ branchId: 'bA', year: 2026, today: '2026-03-15', scheme: { periodUnit: 'month' } });
    // Pinyin order: 李二 (li), 王三 (wang), 张一 (zhang); the recorder's own record marked.
    expect(result.members).toEqual([
      { memberId: 'mA2', name: '李二', self: true, exempt: false },
      { memberId: 'mA3', name: '王三', self: false, exempt: true },
      { memberId: 'mA1', name: '张一', self: false, exempt: false },
    ]);
    expect(result.meetings.find((m) => m.code === 'orgLife')).toEqual({
      code: 'orgLife',
      name: '主题党日、组织生活会',
      outcomes: [
        { outcome: 'absent', itemCode: 'duties.orgLife.absent', itemName: '无故缺席主题党日、组织生活会等', points: -5 },
        { outcome: 'late', itemCode: 'duties.orgLife.lateOrLeave', itemName: '组织生活迟到、早退、请假', points: -2 },
        { outcome: 'leave', itemCode: 'duties.orgLife.lateOrLeave', itemName: '组织生活迟到、早退、请假', points: -2 },
      ],
    });
    // 15 March: February is past its ten late days, so only March is open, up to today.
    expect(result.openDates).toEqual([{ period: '2026-03', label: expect.any(String), from: '2026-03-01', to: '2026-03-15' }]);
    expect(result.items.some((i) => i.points.kind === 'veto')).toBe(false);
    expect(result.items.find((i) => i.code === 'duties.dues.late')).toMatchObject({
      points: { kind: 'fixed', value: -3 },
      enteredBy: 'recorder',
    });
    const secretary = await backend.as(PEOPLE.secretaryA).ok(recordingForm, { branchId: 'bA' });
    expect(secretary.items.filter((i) => i.points.kind === 'veto').length).toBeGreaterThan(0);
    expect(secretary.members.every((m) => !m.self)).toBe(true);
    for (const who of [PEOPLE.memberA, PEOPLE.secretaryB, PEOPLE.admin])
      expect(await backend.as(who).call(recordingForm, { branchId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
