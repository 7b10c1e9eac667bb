import { memberHome } from '../../shared/contracts/home/member-home.schema';
import { createOrg } from '../../shared/contracts/org/create-org.schema';
import { setBranchScheme } from '../../shared/contracts/org/set-branch-scheme.schema';
import { submitReport } from '../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../support/backend';
import { PEOPLE } from '../support/world';

/** 20 November 2026, 10:00 in Shanghai. */
const NOW = new Date('2026-11-20T10:00:00+08:00');

describe('a branch that adopts its scheme mid-year scores from its start', () => {
  const backend = useBackend({ now: () => NOW, world: NOW });

  it('defaults the start to the current period when a scheme is first set during its year', async () => {
    const admin = backend.as(PEOPLE.admin);
    const { orgId: monthly } = await admin.ok(createOrg, { parentId: 'c1', kind: 'branch', name: '新成立党支部' });
    expect(await admin.ok(setBranchScheme, { branchId: monthly, year: 2026, scheme: { preset: '001-xishui-town' } })).toMatchObject({
      scoringFrom: '2026-11-01',
      changed: true,
    });
    const { orgId: quarterly } = await admin.ok(createOrg, { parentId: 'c1', kind: 'branch', name: '社区第二党支部' });
    expect(
      await admin.ok(setBranchScheme, { branchId: quarterly, year: 2026, scheme: { preset: '000-zhengzhou-community' } }),
    ).toMatchObject({ scoringFrom: '2026-10-01' });
    expect(
      await admin.ok(setBranchScheme, { branchId: quarterly, year: 2027, scheme: { preset: '000-zhengzhou-community' } }),
    ).toMatchObject({ scoringFrom: '2027-01-01' });
    expect(
      await admin.ok(setBranchScheme, { branchId: monthly, year: 2026, scheme: { preset: '001-xishui-town' }, scoringFrom: '2026-09-01' }),
    ).toMatchObject({ scoringFrom: '2026-09-01', changed: true });
    expect(
      await admin.call(setBranchScheme, {
        branchId: monthly,
        year: 2026,
        scheme: { preset: '001-xishui-town' },
        scoringFrom: '2025-12-01',
      }),
    ).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.scoringFrom', message: '开始计分日期应在该年度内' }],
    });
  });

  it('refuses reports dated before the start, and averages the member home from it', async () => {
    await backend.db.collection('branchYears').doc('bA:2026').update({ scoringFrom: '2026-11-01' });
    const member = backend.as(PEOPLE.memberA);
    const early = await member.call(submitReport, {
      itemCode: 'bonus.economy',
      date: '2026-10-30',
      description: '带动村民务工',
      idempotencyKey: 'start-test-0001',
    });
    expect(early).toMatchObject({ ok: false, code: 'PERIOD_CLOSED', reason: 'BEFORE_SCORING_START' });
    const home = await member.ok(memberHome, {});
    expect(home.periods.map((p) => p.key)).toEqual(['2026-11']);
    expect(home.yearTotal).toBe(40); // November: duties full (40), no posts yet — not an average over eleven months
  });

  it('shows a home with nothing counted yet when the committee set the start ahead of today', async () => {
    await backend.db.collection('branchYears').doc('bA:2026').update({ scoringFrom: '2026-12-01' });
    const home = await backend.as(PEOPLE.memberA).ok(memberHome, {});
    expect(home).toMatchObject({
      scoringFrom: '2026-12-01',
      scoringStarted: false,
      exempt: false,
      yearTotal: 0,
      periods: [],
      currentPeriod: null,
      gradePreview: null,
    });
  });
});
