import { confirmPeriod } from '../../../shared/contracts/publications/confirm-period.schema';
import { publicationBoard } from '../../../shared/contracts/publications/publication-board.schema';
import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { setBoardSettings } from '../../../shared/contracts/publications/set-board-settings.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { newKey } from '../reports/report-fixtures';

let clock = new Date('2026-02-10T10:00:00+08:00');

describe('the monthly sign-off of scheme 001 (党员签字确认), rankings and pending reports', () => {
  const backend = useBackend({ now: () => clock, world: () => clock });

  it('refuses to publish a month while reports in it wait for review', async () => {
    await backend
      .as(PEOPLE.memberA)
      .ok(submitReport, { itemCode: 'bonus.economy', date: '2026-02-09', description: '带动村民务工', idempotencyKey: newKey() });
    clock = new Date('2026-03-02T10:00:00+08:00');
    expect(await backend.as(PEOPLE.secretaryA).call(publishPeriod, { branchId: 'bA', period: '2026-02' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'REPORTS_PENDING',
      message: '2026年2月还有 1 条申报待审核，请审核后再公示',
    });
    expect(await backend.as(PEOPLE.secretaryA).call(publishPeriod, { branchId: 'bA', period: '2026-Q1' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'period' }],
    });
  });

  it('lets members sign off their month once, and shows the secretary who has not', async () => {
    await backend.as(PEOPLE.secretaryA).ok(setBoardSettings, { branchId: 'bA', year: 2026, showRanking: true });
    const { publication, board } = await backend.as(PEOPLE.secretaryA).ok(publishPeriod, { branchId: 'bA', period: '2026-01' });
    expect(board.filter((r) => !r.exempt).every((r) => r.rank !== null)).toBe(true);
    const first = await backend.as(PEOPLE.memberA).ok(confirmPeriod, { publicationId: publication.publicationId });
    clock = new Date('2026-03-03T10:00:00+08:00');
    expect(await backend.as(PEOPLE.memberA).ok(confirmPeriod, { publicationId: publication.publicationId })).toEqual(first);
    const seen = await backend.as(PEOPLE.secretaryA).ok(publicationBoard, { publicationId: publication.publicationId });
    expect(seen.officer!.unconfirmed.map((m) => m.name).sort()).toEqual(['李二', '王三'].sort());
    expect((await backend.as(PEOPLE.memberA).ok(publicationBoard, { publicationId: publication.publicationId })).me).toMatchObject({
      confirmationRequired: true,
      confirmedAt: first.confirmedAt,
      photoFolder: `reports/${PEOPLE.memberA}/`,
    });
    expect(await backend.as(PEOPLE.recorderA).call(confirmPeriod, { publicationId: publication.publicationId })).toMatchObject({
      ok: false,
      reason: 'NOT_ON_BOARD',
    });
    expect(await backend.as(PEOPLE.memberA).call(setBoardSettings, { branchId: 'bA', year: 2026, showRanking: false })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
