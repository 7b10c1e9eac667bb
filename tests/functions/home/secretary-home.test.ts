import { secretaryHome } from '../../../shared/contracts/home/secretary-home.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { recordEntry } from '../../../shared/contracts/reports/record-entry.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { aMemberDoc, PEOPLE } from '../../support/world';
import { databaseRequests, fixedClock, newKey, NOW } from '../reports/report-fixtures';

describe('home.secretaryHome', () => {
  const backend = useBackend({ now: fixedClock, world: NOW });

  const view = (who: string = PEOPLE.secretaryA) => backend.as(who).ok(secretaryHome, { branchId: 'bA' });

  it('counts the queue and the members, and lists who has nothing this period', async () => {
    expect(await view()).toEqual({
      branchId: 'bA',
      period: { key: '2026-03', label: '2026年3月' },
      queueSize: 0,
      members: 3,
      membersWithoutReportsThisPeriod: [
        { memberId: 'mA1', name: '张一' },
        { memberId: 'mA2', name: '李二' },
        { memberId: 'mA3', name: '王三' },
      ],
    });
    const pending = await backend
      .as(PEOPLE.memberA)
      .ok(submitReport, { itemCode: 'bonus.economy', date: '2026-03-10', description: '带头创业', idempotencyKey: newKey() });
    // Last month's approved report does not count for this month (written directly: February is closed for new reports).
    await backend.db.collection('reports').add({
      branchId: 'bA',
      memberId: 'mA2',
      memberName: '李二',
      openid: PEOPLE.memberA2,
      idempotencyKey: newKey(),
      year: 2026,
      period: '2026-02',
      date: '2026-02-20',
      itemCode: 'bonus.economy',
      itemName: '经济发展',
      description: '二月的事',
      photos: [],
      points: null,
      level: null,
      quantity: null,
      post: null,
      status: 'approved',
      submittedAt: NOW,
      reviewedAt: NOW,
      reviewedBy: PEOPLE.recorderA,
      rejectReason: null,
      ledgerEntryId: null,
    });
    // A positive entry by the recorder counts; a deduction does not.
    await backend.as(PEOPLE.recorderA).ok(recordEntry, {
      branchId: 'bA',
      memberId: 'mA3',
      itemCode: 'bonus.anniversary',
      date: '2026-03-01',
      reason: '参加纪念活动',
      idempotencyKey: newKey(),
    });
    await backend.as(PEOPLE.recorderA).ok(recordEntry, {
      branchId: 'bA',
      memberId: 'mA2',
      itemCode: 'duties.dues.late',
      date: '2026-03-01',
      reason: '党费逾期',
      idempotencyKey: newKey(),
    });
    const after = await view(PEOPLE.recorderA);
    expect(after).toMatchObject({ queueSize: 1, members: 3, membersWithoutReportsThisPeriod: [{ memberId: 'mA2', name: '李二' }] });
    await backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: pending.reportId });
    expect(await view()).toMatchObject({ queueSize: 0, membersWithoutReportsThisPeriod: [{ memberId: 'mA2' }] });
  });

  it('makes no request per member (a branch of 60: still 6 requests)', async () => {
    await backend.db
      .collection('members')
      .add(
        Array.from({ length: 57 }, (_, i) => aMemberDoc({ _id: `mY${String(i).padStart(2, '0')}`, branchId: 'bA', name: `党员${i}` }, NOW)),
      );
    await backend.db
      .collection('members')
      .add([
        aMemberDoc(
          { _id: 'mZex', branchId: 'bA', name: '免', exempt: { reason: '病', approvedBy: PEOPLE.secretaryA, approvedAt: NOW } },
          NOW,
        ),
        aMemberDoc({ _id: 'mZgone', branchId: 'bA', name: '调出', active: false, movedTo: 'bB' }, NOW),
      ]);
    const { result, requests } = await databaseRequests(backend, () => view());
    expect(requests).toBeLessThanOrEqual(6);
    expect(result.members).toBe(60);
    expect(result.membersWithoutReportsThisPeriod).toHaveLength(58);
    expect(result.membersWithoutReportsThisPeriod.map((m) => m.memberId)).not.toContain('mZex');
  });

  it('is for the branch’s recorder, secretary and committee admin only', async () => {
    expect((await view(PEOPLE.admin)).branchId).toBe('bA');
    for (const who of [PEOPLE.secretaryB, PEOPLE.memberA, PEOPLE.memberB, PEOPLE.stranger]) {
      expect(await backend.as(who).call(secretaryHome, { branchId: 'bA' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await backend.as(PEOPLE.secretaryB).ok(secretaryHome, { branchId: 'bB' })).toMatchObject({
      members: 1,
      membersWithoutReportsThisPeriod: [{ memberId: 'mB1', name: '赵四' }],
    });
  });

  it("opens on the caller's own branch when no branch is given", async () => {
    expect(await backend.as(PEOPLE.recorderA).ok(secretaryHome, {})).toMatchObject({ branchId: 'bA' });
    expect(await backend.as(PEOPLE.secretaryB).ok(secretaryHome, {})).toMatchObject({ branchId: 'bB', members: 1 });
    expect(await backend.as(PEOPLE.memberA).call(secretaryHome, {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_AN_OFFICER',
    });
    expect(await backend.as(PEOPLE.admin).call(secretaryHome, {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_AN_OFFICER',
    });
    // Someone who serves two branches is asked which.
    await backend.db
      .collection('roles')
      .doc(`${PEOPLE.recorderA}:bB:recorder`)
      .set({ openid: PEOPLE.recorderA, orgId: 'bB', role: 'recorder', grantedBy: PEOPLE.admin, grantedAt: new Date() });
    expect(await backend.as(PEOPLE.recorderA).call(secretaryHome, {})).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      reason: 'BRANCH_AMBIGUOUS',
      fields: [{ path: 'branchId' }],
    });
    expect(await backend.as(PEOPLE.recorderA).ok(secretaryHome, { branchId: 'bB' })).toMatchObject({ branchId: 'bB' });
  });
});
