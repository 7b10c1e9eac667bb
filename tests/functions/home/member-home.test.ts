import { memberHome } from '../../../shared/contracts/home/member-home.schema';
import { memberLedger } from '../../../shared/contracts/home/member-ledger.schema';
import { adjustEntry } from '../../../shared/contracts/reports/adjust-entry.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { recordAttendance } from '../../../shared/contracts/reports/record-attendance.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { withdrawReport } from '../../../shared/contracts/reports/withdraw-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { databaseRequests, fixedClock, newKey, NOW, uploadPhoto } from '../reports/report-fixtures';

/**
 * The whole path on scheme 001 (monthly; duties 40 from full marks, posts up to 60, a year-scope
 * bonus ≤ 10; the year is the average of the months started). Today is 15 March 2026, so January and
 * February count 40 each (full duties, nothing else) and March is what the steps below make it.
 */
describe('home.memberHome and memberLedger through the whole path', () => {
  const backend = useBackend({ now: fixedClock, world: NOW });

  const member = () => backend.as(PEOPLE.memberA);
  const recorder = () => backend.as(PEOPLE.recorderA);
  const home = () => member().ok(memberHome, {});
  const march = async () => (await home()).currentPeriod!;
  const category = async (code: string) => (await march()).categories.find((c) => c.code === code)!;

  it('starts from full duty marks with nothing pending', async () => {
    const { result, requests } = await databaseRequests(backend, home);
    expect(requests).toBeLessThanOrEqual(4);
    expect(result).toMatchObject({
      member: { memberId: 'mA1', name: '张一', branchId: 'bA' },
      year: 2026,
      asOf: '2026-03-15',
      scheme: { id: '001-xishui-town', periodUnit: 'month' },
      exempt: false,
      currentPeriod: { key: '2026-03', label: '2026年3月', total: 40 },
      periods: [
        { key: '2026-01', total: 40 },
        { key: '2026-02', total: 40 },
        { key: '2026-03', total: 40 },
      ],
      yearTotal: 40,
      stars: 0,
      gradePreview: { code: 'unqualified', name: '不合格' },
      gradePreviewIgnoresQuota: true,
      // 001 averages the months: the page shows the quarter the same way and says how the year is made.
      yearTotalRule: { combine: 'average', text: '全年积分＝今年已计各月积分的平均分，加上全年计分的项目' },
      pendingReports: 0,
    });
    expect(await category('duties')).toMatchObject({ start: 40, points: 40, scope: 'period' });
  });

  let deedEntry = '';
  it('shows an approved report with a photo in this month’s breakdown and the year total', async () => {
    const honor = await member().ok(submitReport, {
      itemCode: 'bonus.honor',
      level: 'county',
      date: '2026-03-10',
      description: '获县级表彰',
      photos: [await uploadPhoto(PEOPLE.memberA)],
      idempotencyKey: newKey(),
    });
    const deed = await member().ok(submitReport, {
      itemCode: 'posts.deed',
      post: 'sanitation',
      date: '2026-03-12',
      description: '为民办实事：修路',
      points: 8,
      idempotencyKey: newKey(),
    });
    expect((await home()).pendingReports).toBe(2);
    await recorder().ok(approveReport, { reportId: honor.reportId });
    deedEntry = (await recorder().ok(approveReport, { reportId: deed.reportId, points: 7.5 })).entryId;

    const after = await home();
    expect(after.pendingReports).toBe(0);
    expect(after.currentPeriod).toMatchObject({ key: '2026-03', total: 47.5 });
    expect(after.currentPeriod!.categories.find((c) => c.code === 'posts')).toMatchObject({
      points: 7.5,
      items: [{ code: 'posts.deed', entries: 1, counted: 7.5 }],
    });
    expect(after.currentPeriod!.categories.find((c) => c.code === 'bonus')).toMatchObject({ scope: 'year', points: 2 });
    expect(after.yearCategories.find((c) => c.code === 'bonus')).toMatchObject({ points: 2, items: [{ code: 'bonus.honor', counted: 2 }] });
    // (40 + 40 + 47.5) / 3 = 42.5, plus the year's bonus 2.
    expect(after.yearTotal).toBe(44.5);
  });

  it('counts neither rejected nor withdrawn reports, and the pending count follows them', async () => {
    const a = await member().ok(submitReport, {
      itemCode: 'bonus.economy',
      date: '2026-03-13',
      description: '带头创业',
      idempotencyKey: newKey(),
    });
    const b = await member().ok(submitReport, {
      itemCode: 'bonus.publicWelfare',
      date: '2026-03-13',
      description: '捐资修桥',
      idempotencyKey: newKey(),
    });
    expect((await home()).pendingReports).toBe(2);
    await recorder().ok(rejectReport, { reportId: a.reportId, reason: '材料不足' });
    await member().ok(withdrawReport, { reportId: b.reportId });
    const after = await home();
    expect(after.pendingReports).toBe(0);
    expect(after.yearTotal).toBe(44.5);
  });

  it('reflects an adjustment (reversal + replacement), a recorder deduction and meeting attendance', async () => {
    await recorder().ok(adjustEntry, { entryId: deedEntry, points: 9, reason: '复核后改为 9 分' });
    expect(await category('posts')).toMatchObject({ points: 9 });
    await recorder().ok(recordEntry, {
      branchId: 'bA',
      memberId: 'mA1',
      itemCode: 'duties.dues.late',
      date: '2026-03-05',
      reason: '党费逾期',
      idempotencyKey: newKey(),
    });
    await recorder().ok(recordAttendance, {
      branchId: 'bA',
      meetingType: 'study',
      date: '2026-03-08',
      idempotencyKey: newKey(),
      attendance: [
        { memberId: 'mA1', outcome: 'absent' },
        { memberId: 'mA2', outcome: 'present' },
        { memberId: 'mA3', outcome: 'leave' },
      ],
    });
    const duties = await category('duties');
    expect(duties.points).toBe(32); // 40 − 3 (dues late) − 5 (absent)
    expect(duties.items.filter((i) => i.entries > 0).map((i) => [i.code, i.counted])).toEqual(
      expect.arrayContaining([
        ['duties.dues.late', -3],
        ['duties.study.absent', -5],
      ]),
    );
    const after = await home();
    expect(after.currentPeriod!.total).toBe(41); // duties 32 + posts 9
    expect(after.yearTotal).toBe(42.33); // (40 + 40 + 41) / 3 = 40.33 (rounded), + 2
  });

  it('lists the ledger newest first, to the member and to the branch’s recorder or secretary only', async () => {
    const { lines, total } = await member().ok(memberLedger, { year: 2026, offset: 0, limit: 100 });
    expect(total).toBe(lines.length);
    expect(lines.map((l) => [l.source, l.itemCode, l.points])).toEqual([
      ['attendance', 'duties.study.absent', -5],
      ['recorder', 'duties.dues.late', -3],
      ['adjustment', 'posts.deed', 9],
      ['adjustment', 'posts.deed', -7.5],
      ['report', 'posts.deed', 7.5],
      ['report', 'bonus.honor', 2],
    ]);
    expect(lines[0]).toMatchObject({
      itemName: '无故缺席会议、学习和培训',
      actor: { role: 'recorder', name: null },
      reason: '集中学习培训（2026-03-08）缺席',
      meetingId: expect.any(String),
    });
    expect(lines[3]).toMatchObject({ reverses: lines[4].entryId, reason: '复核后改为 9 分' });
    expect(lines[2]).toMatchObject({ adjusts: lines[4].entryId });
    expect(JSON.stringify(lines)).not.toContain(PEOPLE.recorderA);
    expect((await member().ok(memberLedger, { year: 2026, offset: 2, limit: 2 })).lines.map((l) => l.entryId)).toEqual(
      lines.slice(2, 4).map((l) => l.entryId),
    );
    expect((await recorder().ok(memberLedger, { memberId: 'mA1', year: 2026, offset: 0, limit: 100 })).total).toBe(total);
    expect((await backend.as(PEOPLE.secretaryA).ok(memberLedger, { memberId: 'mA1', year: 2026, offset: 0, limit: 1 })).lines).toHaveLength(
      1,
    );
    expect((await member().ok(memberLedger, { year: 2025, offset: 0, limit: 10 })).total).toBe(0);
    for (const who of [PEOPLE.memberA2, PEOPLE.secretaryB, PEOPLE.memberB, PEOPLE.admin, PEOPLE.stranger]) {
      expect(await backend.as(who).call(memberLedger, { memberId: 'mA1', year: 2026, offset: 0, limit: 10 })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(await recorder().call(memberLedger, { memberId: 'nobody', year: 2026, offset: 0, limit: 10 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('answers only the caller’s own home, and each branch by its own scheme', async () => {
    expect(await member().call(memberHome, { memberId: 'mA2' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.stranger).call(memberHome, {})).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'NOT_BOUND' });
    const other = await backend.as(PEOPLE.memberB).ok(memberHome, {});
    expect(other).toMatchObject({ member: { memberId: 'mB1', branchId: 'bB' }, scheme: { id: '002-changzhou-office' }, pendingReports: 0 });
    // The untouched member of branch A still has full duties; the veto of a colleague does not reach them.
    expect((await backend.as(PEOPLE.memberA2).ok(memberHome, {})).currentPeriod).toMatchObject({ total: 40 });
  });

  it('shows a veto and an exempt member without points', async () => {
    await backend.as(PEOPLE.secretaryA).ok(recordEntry, {
      branchId: 'bA',
      memberId: 'mA1',
      itemCode: 'veto.lawViolation',
      date: '2026-03-14',
      reason: '违反法律法规',
      idempotencyKey: newKey(),
    });
    const vetoed = await home();
    expect(vetoed.veto).toMatchObject({ itemCode: 'veto.lawViolation', date: '2026-03-14' });
    expect(vetoed.yearTotal).toBe(0);

    await backend.db
      .collection('members')
      .doc('mA2')
      .update({ exempt: { reason: '年老体弱', approvedBy: PEOPLE.secretaryA, approvedAt: NOW } });
    expect(await backend.as(PEOPLE.memberA2).ok(memberHome, {})).toMatchObject({
      exempt: true,
      currentPeriod: null,
      periods: [],
      yearTotal: 0,
      gradePreview: null,
    });
  });
});
