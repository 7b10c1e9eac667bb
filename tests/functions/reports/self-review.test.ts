import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { Backend, startBackend } from '../../support/backend';
import { buildWorld, PEOPLE, World } from '../../support/world';

describe('officers do not review their own reports', () => {
  let backend: Backend;
  let world: World;
  beforeAll(async () => {
    backend = await startBackend();
    world = await buildWorld(backend.db);
    // Member 李二 (mA2) is also the branch's second recorder.
    await backend.db.collection('roles').doc(`${PEOPLE.memberA2}:bA:recorder`).set({ openid: PEOPLE.memberA2, orgId: 'bA', role: 'recorder', grantedBy: PEOPLE.secretaryA, grantedAt: new Date() });
  });
  afterAll(() => backend.stop());

  it('refuses a recorder approving or rejecting their own report; another officer reviews it', async () => {
    const officer = backend.as(PEOPLE.memberA2);
    const own = await officer.ok(submitReport, { itemCode: 'bonus.anniversary', date: world.today, description: '参加国庆系列活动', idempotencyKey: 'self-review-01' });
    expect(await officer.call(approveReport, { reportId: own.reportId })).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'SELF_REVIEW' });
    expect(await officer.call(rejectReport, { reportId: own.reportId, reason: '自己驳回' })).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'SELF_REVIEW' });
    expect(await backend.db.collection('ledger').where({ reportId: own.reportId }).count()).toMatchObject({ total: 0 });
    const approved = await backend.as(PEOPLE.secretaryA).ok(approveReport, { reportId: own.reportId });
    expect(approved.report.status).toBe('approved');
    // …and the same recorder still reviews other members' reports.
    const other = await backend.as(PEOPLE.memberA).ok(submitReport, { itemCode: 'bonus.anniversary', date: world.today, description: '参加国庆系列活动', idempotencyKey: 'self-review-02' });
    expect((await officer.ok(approveReport, { reportId: other.reportId })).report.status).toBe('approved');
  });
});
