import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';

describe('approving a range item takes the member’s proposal unless the reviewer changes it', () => {
  const backend = useBackend({ world: true });

  const report = (points: number | undefined, key: string) =>
    backend.as(PEOPLE.memberA).ok(submitReport, {
      itemCode: 'posts.deed',
      post: 'sanitation',
      date: backend.world.today,
      description: '为独居老人修理门窗',
      ...(points !== undefined ? { points } : {}),
      idempotencyKey: key,
    });

  it('uses the proposed points, the reviewer’s when given, and asks for points when neither has them', async () => {
    const recorder = backend.as(PEOPLE.recorderA);
    const proposed = await report(7.5, 'proposal-0001');
    expect((await recorder.ok(approveReport, { reportId: proposed.reportId })).report.awardedPoints).toBe(7.5);
    const overridden = await report(9, 'proposal-0002');
    expect((await recorder.ok(approveReport, { reportId: overridden.reportId, points: 6 })).report.awardedPoints).toBe(6);
    const bare = await report(undefined, 'proposal-0003');
    expect(await recorder.call(approveReport, { reportId: bare.reportId })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'points' }],
    });
    expect(await backend.db.collection('ledger').where({ reportId: bare.reportId }).count()).toMatchObject({ total: 0 });
  });
});
