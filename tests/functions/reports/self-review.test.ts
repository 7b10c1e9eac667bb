import { adjustEntry } from '../../../shared/contracts/reports/adjust-entry.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { recordAttendance } from '../../../shared/contracts/reports/record-attendance.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

describe('officers do not review their own reports', () => {
  const backend = useBackend({ world: true });
  beforeAll(async () => {
    // Member 李二 (mA2) is also the branch's second recorder.
    await backend.db
      .collection('roles')
      .doc(`${PEOPLE.memberA2}:bA:recorder`)
      .set({ openid: PEOPLE.memberA2, orgId: 'bA', role: 'recorder', grantedBy: PEOPLE.secretaryA, grantedAt: new Date() });
  });

  it('refuses a recorder approving or rejecting their own report; another officer reviews it', async () => {
    const officer = backend.as(PEOPLE.memberA2);
    const own = await officer.ok(submitReport, {
      itemCode: 'bonus.anniversary',
      date: backend.world.today,
      description: '参加国庆系列活动',
      idempotencyKey: 'self-review-01',
    });
    expect(await officer.call(approveReport, { reportId: own.reportId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'SELF_REVIEW',
    });
    expect(await officer.call(rejectReport, { reportId: own.reportId, reason: '自己驳回' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'SELF_REVIEW',
    });
    expect(await backend.db.collection('ledger').where({ reportId: own.reportId }).count()).toMatchObject({ total: 0 });
    const approved = await backend.as(PEOPLE.secretaryA).ok(approveReport, { reportId: own.reportId });
    expect(approved.report.status).toBe('approved');
    // …and the same recorder still reviews other members' reports.
    const other = await backend.as(PEOPLE.memberA).ok(submitReport, {
      itemCode: 'bonus.anniversary',
      date: backend.world.today,
      description: '参加国庆系列活动',
      idempotencyKey: 'self-review-02',
    });
    expect((await officer.ok(approveReport, { reportId: other.reportId })).report.status).toBe('approved');
  });
});

describe('officers do not give points to themselves: recordEntry, adjustEntry, recordAttendance', () => {
  const backend = useBackend({ world: true });
  beforeAll(async () => {
    // Member 李二 (mA2) is also the branch's second recorder.
    await backend.db
      .collection('roles')
      .doc(`${PEOPLE.memberA2}:bA:recorder`)
      .set({ openid: PEOPLE.memberA2, orgId: 'bA', role: 'recorder', grantedBy: PEOPLE.secretaryA, grantedAt: new Date() });
  });

  const ledgerOf = async (memberId: string) => (await backend.db.collection('ledger').where({ memberId }).count()).total;

  it("refuses recording an entry for the officer's own record; another officer records it", async () => {
    const officer = backend.as(PEOPLE.memberA2);
    const entry = {
      branchId: 'bA',
      memberId: 'mA2',
      itemCode: 'bonus.honor',
      level: 'town',
      date: backend.world.today,
      reason: '获镇级表彰',
      idempotencyKey: 'self-entry-01',
    };
    expect(await officer.call(recordEntry, entry)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'SELF_ENTRY',
      fields: [{ path: 'memberId' }],
    });
    expect(await ledgerOf('mA2')).toBe(0);
    await backend.as(PEOPLE.secretaryA).ok(recordEntry, { ...entry, idempotencyKey: 'self-entry-02' });
    expect(await ledgerOf('mA2')).toBe(1);
    // The same officer still records other members' entries.
    await officer.ok(recordEntry, { ...entry, memberId: 'mA1', idempotencyKey: 'self-entry-03' });
  });

  it("refuses adjusting or cancelling an entry of the officer's own record", async () => {
    const written = await backend.as(PEOPLE.recorderA).ok(recordEntry, {
      branchId: 'bA',
      memberId: 'mA2',
      itemCode: 'duties.dues.late',
      date: backend.world.today,
      reason: '党费逾期',
      idempotencyKey: 'self-entry-04',
    });
    const before = await ledgerOf('mA2');
    expect(
      await backend.as(PEOPLE.memberA2).call(adjustEntry, { entryId: written.entryId, cancel: true, reason: '我交过了' }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'SELF_ENTRY' });
    expect(await ledgerOf('mA2')).toBe(before);
    expect(
      (await backend.as(PEOPLE.secretaryA).ok(adjustEntry, { entryId: written.entryId, cancel: true, reason: '核实已按时缴纳' }))
        .replacement,
    ).toBeNull();
  });

  it('refuses a recorder marking their own attendance line, and writes nothing; another officer records it', async () => {
    const officer = backend.as(PEOPLE.memberA2);
    const meeting = {
      branchId: 'bA',
      meetingType: 'orgLife',
      date: backend.world.today,
      attendance: [
        { memberId: 'mA1', outcome: 'late' as const },
        { memberId: 'mA2', outcome: 'present' as const },
      ],
      idempotencyKey: 'self-meeting-01',
    };
    const before = { a1: await ledgerOf('mA1'), meetings: (await backend.db.collection('meetings').count()).total };
    expect(await officer.call(recordAttendance, meeting)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'SELF_ENTRY',
      fields: [{ path: 'attendance.1.memberId' }],
    });
    expect(await ledgerOf('mA1')).toBe(before.a1);
    expect((await backend.db.collection('meetings').count()).total).toBe(before.meetings);
    const recorded = await backend.as(PEOPLE.recorderA).ok(recordAttendance, { ...meeting, idempotencyKey: 'self-meeting-02' });
    expect(recorded.entries.map((e) => e.memberId)).toEqual(['mA1']);
  });
});
