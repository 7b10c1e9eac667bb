import { moveMember } from '../../../shared/contracts/org/move-member.schema';
import { committeeForm } from '../../../shared/contracts/year/committee-form.schema';
import { decideGrades } from '../../../shared/contracts/year/decide-grades.schema';
import { myYear } from '../../../shared/contracts/year/my-year.schema';
import { proposeGrades } from '../../../shared/contracts/year/propose-grades.schema';
import { saveReviews } from '../../../shared/contracts/year/save-reviews.schema';
import { yearTable } from '../../../shared/contracts/year/year-table.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { addFullMember, movableClock, pinScheme } from './year-fixtures';

/**
 * Branch B (scheme 002, 常州 机关): the democratic review is 10 of the 100 points (优秀10/合格7/基本合格5/
 * 不合格0), the year is the average of the months plus the review, and there are no grades — yellow and
 * red warnings instead, and two years below 60 are handled.
 */
describe('the year under scheme 002: review results mapped to points', () => {
  const clock = movableClock('2026-12-05T10:00:00+08:00');
  const backend = useBackend({ now: clock.now, world: clock.now });
  const ids: Record<string, string> = { b1: 'mB1' };
  const secretary = () => backend.as(PEOPLE.secretaryB);
  const rowOf = <R extends { memberId: string }>(rows: R[], key: string) => rows.find((r) => r.memberId === ids[key])!;

  beforeAll(async () => {
    for (const key of ['b2', 'b3', 'b4']) ids[key] = await addFullMember(backend, PEOPLE.secretaryB, 'bB', `机关党员${key}`);
  });

  it('refuses points that the scheme does not give the result', async () => {
    expect(
      await secretary().call(saveReviews, {
        branchId: 'bB',
        year: 2026,
        results: [
          { memberId: ids.b1, grade: 'excellent', points: 9 },
          { memberId: ids.b2, grade: 'qualified', points: 7 },
          { memberId: ids.b1, grade: 'excellent' },
        ],
      }),
    ).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      reason: 'FIELD_INVALID',
      fields: [
        { path: 'results.0.points', message: '“优秀”在本方案中为 10 分' },
        { path: 'results.2.round', message: '同一党员同一轮次录入了两次' },
      ],
    });
  });

  it('adds 10/7/5/0 to the year and raises the warnings the totals call for', async () => {
    await secretary().ok(saveReviews, {
      branchId: 'bB',
      year: 2026,
      results: [
        { memberId: ids.b1, grade: 'excellent' },
        { memberId: ids.b2, grade: 'qualified', points: 7 },
        { memberId: ids.b3, grade: 'basicallyQualified' },
        { memberId: ids.b4, grade: 'unqualified' },
      ],
    });
    const table = await secretary().ok(yearTable, { branchId: 'bB', year: 2026 });
    expect(table).toMatchObject({
      status: 'open',
      grades: [],
      reviewsMissing: 0,
      reviewRules: {
        rounds: 1,
        weightPercent: 100,
        grades: false,
        points: { excellent: { min: 10, max: 10 }, qualified: { min: 7, max: 7 }, unqualified: { min: 0, max: 0 } },
      },
      quotas: [],
      counts: { byGrade: [], ungraded: 4 },
    });
    // No lines: each month 政治学习 20 + 组织生活 5 + 政治建设 10 = 35, then the review.
    expect(['b1', 'b2', 'b3', 'b4'].map((key) => rowOf(table.rows, key).total)).toEqual([45, 42, 40, 35]);
    expect(rowOf(table.rows, 'b1')).toMatchObject({
      grade: null,
      gradeNote: 'noGrading',
      reviews: [{ round: 1, grade: 'excellent', gradeName: '优秀', points: 10 }],
      warnings: [{ code: 'red', name: '红色预警', period: null }],
      escalation: { count: 1, action: '红色预警：帮扶教育，限期改正' },
    });
  });

  it('clears a result with grade null, and counts the members still without one', async () => {
    const saved = await secretary().ok(saveReviews, { branchId: 'bB', year: 2026, results: [{ memberId: ids.b4, grade: null }] });
    expect(saved).toMatchObject({ stored: 3, changed: 1 });
    const table = await secretary().ok(yearTable, { branchId: 'bB', year: 2026 });
    expect(table.reviewsMissing).toBe(1);
    expect(rowOf(table.rows, 'b4')).toMatchObject({ total: 35, reviews: [] });
  });

  it('is confirmed by the committee as proposed: no grade to change', async () => {
    await secretary().ok(proposeGrades, { branchId: 'bB', year: 2026 });
    expect(
      await backend.as(PEOPLE.admin).call(decideGrades, {
        branchId: 'bB',
        year: 2026,
        changes: [{ memberId: ids.b1, grade: 'excellent', note: '表现突出' }],
      }),
    ).toMatchObject({ ok: false, reason: 'FIELD_INVALID', fields: [{ path: 'changes.0.memberId', message: '赵四：本方案不评定等次' }] });
    const decided = await backend.as(PEOPLE.admin).ok(decideGrades, { branchId: 'bB', year: 2026 });
    expect(decided).toMatchObject({ status: 'decided', decision: { opinion: null, changes: 0, counts: { byGrade: [], ungraded: 4 } } });
    const form = await backend.as(PEOPLE.admin).ok(committeeForm, { branchId: 'bB', year: 2026 });
    expect(form).toMatchObject({ grades: [], changes: [], members: 4 });
    expect(form.ungraded.map((p) => p.why)).toEqual(['noGrading', 'noGrading', 'noGrading', 'noGrading']);
    expect(await backend.as(PEOPLE.memberB).ok(myYear, { year: 2026 })).toMatchObject({
      status: 'decided',
      result: { total: 45, grade: null, gradeNote: 'noGrading', warnings: [{ code: 'red' }], maxStars: null, stars: null },
    });
  });

  it('hands two years below 60 to the branch for handling (decided totals carry over)', async () => {
    clock.set('2027-12-05T10:00:00+08:00');
    await pinScheme(backend, 'bB', 2027, '002-changzhou-office');
    const table = await secretary().ok(yearTable, { branchId: 'bB', year: 2027 });
    expect(rowOf(table.rows, 'b1')).toMatchObject({ total: 35, reviews: [] });
    expect(rowOf(table.rows, 'b1').escalation).toMatchObject({ count: 2 });
    expect(rowOf(table.rows, 'b1').escalation!.action).toContain('连续两年积分低于60分');

    // 赵四 moves to branch A: their own page still shows the year decided in branch B.
    await backend.as(PEOPLE.admin).ok(moveMember, { memberId: 'mB1', toBranchId: 'bA' });
    expect(await backend.as(PEOPLE.memberB).ok(myYear, { year: 2026 })).toMatchObject({
      member: { branchId: 'bA', name: '赵四' },
      status: 'decided',
      result: { total: 45, reviews: [{ grade: 'excellent', points: 10 }] },
    });
    expect(await backend.as(PEOPLE.memberB).ok(myYear, { year: 2027 })).toMatchObject({
      status: 'open',
      result: null,
      history: [{ year: 2026, total: 45, stars: null, grade: null }],
    });
  });
});
