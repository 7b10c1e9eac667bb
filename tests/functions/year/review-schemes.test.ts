import { createOrg } from '../../../shared/contracts/org/create-org.schema';
import { proposeGrades } from '../../../shared/contracts/year/propose-grades.schema';
import { saveReviews } from '../../../shared/contracts/year/save-reviews.schema';
import { yearTable } from '../../../shared/contracts/year/year-table.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { addFullMember, pinScheme } from './year-fixtures';

const NOW = new Date('2026-12-05T10:00:00+08:00');

/** The review as other schemes use it: the grade itself (000 郑州), or two weighted rounds with ranges (003 管道公司). */
describe('democratic reviews as each scheme maps them', () => {
  const backend = useBackend({ now: () => NOW, world: NOW });

  async function branchOn(name: string, preset: string) {
    const { orgId } = await backend.as(PEOPLE.admin).ok(createOrg, { parentId: 'c1', kind: 'branch', name });
    const secretary = `o-sec-${orgId}`;
    await backend.db
      .collection('roles')
      .doc(`${secretary}:${orgId}:secretary`)
      .set({ openid: secretary, orgId, role: 'secretary', grantedBy: PEOPLE.admin, grantedAt: NOW });
    await pinScheme(backend, orgId, 2026, preset);
    const members = [await addFullMember(backend, PEOPLE.admin, orgId, '甲'), await addFullMember(backend, PEOPLE.admin, orgId, '乙')];
    return { branchId: orgId, secretary: backend.as(secretary), members };
  }

  it('000: grades come from the review, so the branch proposes only when every member has one', async () => {
    const { branchId, secretary, members } = await branchOn('社区党支部', '000-zhengzhou-community');
    await secretary.ok(saveReviews, { branchId, year: 2026, results: [{ memberId: members[0], grade: 'excellent' }] });
    const open = await secretary.ok(yearTable, { branchId, year: 2026 });
    expect(open).toMatchObject({ reviewRules: { rounds: 1, grades: true }, reviewsMissing: 1 });
    expect(open.rows.map((r) => [r.grade?.name ?? null, r.gradeNote])).toEqual([
      ['优秀', null],
      [null, 'awaitingReview'],
    ]);
    expect(await secretary.call(proposeGrades, { branchId, year: 2026 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'YEAR_REVIEWS_MISSING',
      message: '本方案按民主评议结果评定等次，尚有 1 名党员未录入评议结果（乙）',
    });
    await secretary.ok(saveReviews, { branchId, year: 2026, results: [{ memberId: members[1], grade: 'basicallyQualified' }] });
    const proposed = await secretary.ok(proposeGrades, { branchId, year: 2026 });
    expect(proposed.rows.map((r) => [r.grade?.name, r.total, r.warnings.map((w) => w.code)])).toEqual([
      ['优秀', 10, []],
      ['基本合格', 0, ['talk']],
    ]);
  });

  it('003 pipeline: two rounds a year, points picked within each result’s range, each weighted 50 %', async () => {
    const { branchId, secretary, members } = await branchOn('管道公司党支部', '003-pipeline-company');
    expect(
      await secretary.call(saveReviews, {
        branchId,
        year: 2026,
        results: [
          { memberId: members[0], round: 1, grade: 'excellent' },
          { memberId: members[0], round: 2, grade: 'excellent', points: 26 },
          { memberId: members[1], round: 1, grade: 'unqualified', points: 3 },
        ],
      }),
    ).toMatchObject({
      ok: false,
      fields: [
        { path: 'results.0.points', message: '请填写“优秀”的得分（23–25 分）' },
        { path: 'results.1.points', message: '“优秀”的得分应在 23–25 分之间' },
        { path: 'results.2.points', message: '“不合格”在本方案中为 0 分' },
      ],
    });
    const before = await secretary.ok(yearTable, { branchId, year: 2026 });
    await secretary.ok(saveReviews, {
      branchId,
      year: 2026,
      results: [
        { memberId: members[0], round: 1, grade: 'excellent', points: 24 },
        { memberId: members[0], round: 2, grade: 'qualified', points: 20 },
        { memberId: members[1], round: 1, grade: 'qualified', points: 18 },
      ],
    });
    const table = await secretary.ok(yearTable, { branchId, year: 2026 });
    expect(table).toMatchObject({ reviewRules: { rounds: 2, weightPercent: 50, grades: false }, reviewsMissing: 1 });
    expect(table.rows[0].reviews).toEqual([
      { round: 1, grade: 'excellent', gradeName: '优秀', points: 24 },
      { round: 2, grade: 'qualified', gradeName: '合格', points: 20 },
    ]);
    expect(table.rows[0].total - before.rows[0].total).toBe(22);
    expect(table.rows[1].total - before.rows[1].total).toBe(9);
  });
});
