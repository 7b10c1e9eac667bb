import { moveMember } from '../../../shared/contracts/org/move-member.schema';
import { committeeForm } from '../../../shared/contracts/year/committee-form.schema';
import { decideGrades } from '../../../shared/contracts/year/decide-grades.schema';
import { myYear } from '../../../shared/contracts/year/my-year.schema';
import { proposeGrades } from '../../../shared/contracts/year/propose-grades.schema';
import { saveReviews } from '../../../shared/contracts/year/save-reviews.schema';
import { yearTable } from '../../../shared/contracts/year/year-table.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { addFullMember, givePostPoints, movableClock, pinScheme } from './year-fixtures';

/**
 * Branch A (scheme 001, 浠水县) through three years: December counts (the branch scores from 1
 * December), ten graded members and a probationary one. The 优秀 quota (20 % of 10 → 2) with two
 * members tied across its line, democratic-review results (优秀 +2), the branch's proposal, the
 * committee's decision with two changes and their notes (Annex C), the member's own result, and the
 * decided grades carried into the next years' escalation (一对一帮扶 → 学习班 → 组织处理).
 */
describe('the year under scheme 001: quota, proposal, the committee’s changes, history', () => {
  const clock = movableClock('2024-12-10T10:00:00+08:00');
  const backend = useBackend({ now: clock.now, world: clock.now });
  const POSTS: [string, string] = ['sanitation', 'securityPatrol'];
  const ids: Record<string, string> = { mA1: 'mA1', mA2: 'mA2', mA3: 'mA3' };
  const rowOf = <R extends { memberId: string }>(rows: R[], key: string) => rows.find((r) => r.memberId === ids[key])!;
  const secretary = () => backend.as(PEOPLE.secretaryA);

  beforeAll(async () => {
    await pinScheme(backend, 'bA', 2024, '001-xishui-town', '2024-12-01');
    for (const key of ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8'])
      ids[key] = await addFullMember(backend, PEOPLE.secretaryA, 'bA', `党员${key}`, POSTS);
    const posts: Record<string, [[string, string], number]> = {
      mA1: [['sanitation', 'policyPublicity'], 50],
      mA2: [['securityPatrol', 'sanitation'], 30],
      n1: [POSTS, 45],
      n2: [POSTS, 45],
      n3: [POSTS, 42],
      n4: [POSTS, 35],
      n5: [POSTS, 35],
      n6: [POSTS, 25],
      n7: [POSTS, 25],
    };
    for (const [key, [memberPosts, points]] of Object.entries(posts))
      await givePostPoints(backend, ids[key], memberPosts, points, '2024-12-05');
  });

  it('checks review results against the scheme: 优秀 is worth 2 points in 001, one round a year', async () => {
    const reply = await secretary().call(saveReviews, {
      branchId: 'bA',
      year: 2024,
      results: [
        { memberId: 'mA1', grade: 'excellent', points: 5 },
        { memberId: 'mA2', round: 2, grade: 'qualified' },
        { memberId: 'mB1', grade: 'qualified' },
      ],
    });
    expect(reply).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      reason: 'FIELD_INVALID',
      fields: [
        { path: 'results.0.points', message: '“优秀”在本方案中为 2 分' },
        { path: 'results.1.round', message: '本方案每年评议 1 次' },
        { path: 'results.2.memberId', message: '不是本支部的党员' },
      ],
    });
    expect(await backend.db.collection('yearSheets').where({ branchId: 'bA' }).count()).toMatchObject({ total: 0 });
  });

  it('stores the results and shows the year computed live, the quota explained with its tie', async () => {
    const saved = await secretary().ok(saveReviews, {
      branchId: 'bA',
      year: 2024,
      results: [
        { memberId: 'mA1', grade: 'excellent' },
        ...['mA2', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'].map((key) => ({ memberId: ids[key], grade: 'qualified' as const })),
        { memberId: ids.n8, grade: 'unqualified' },
      ],
    });
    expect(saved).toMatchObject({ stored: 10, changed: 10, revision: 1 });
    expect(
      await secretary().ok(saveReviews, { branchId: 'bA', year: 2024, results: [{ memberId: 'mA1', grade: 'excellent', points: 2 }] }),
    ).toMatchObject({ stored: 10, changed: 0, revision: 1 });

    const table = await backend.as(PEOPLE.recorderA).ok(yearTable, { branchId: 'bA', year: 2024 });
    expect(table).toMatchObject({
      status: 'open',
      scheme: { id: '001-xishui-town', version: 1 },
      asOf: '2024-12-10',
      from: '2024-12-01',
      countedPeriods: ['2024-12'],
      reviewRules: { rounds: 1, weightPercent: 100, grades: false },
      reviewsMissing: 1, // 王三 (probationary) has no result yet: the page says so
      rankingEnabled: false,
      proposal: null,
      decision: null,
    });
    const totals = Object.fromEntries(Object.keys(ids).map((key) => [key, rowOf(table.rows, key).total]));
    expect(totals).toEqual({ mA1: 92, mA2: 70, mA3: 40, n1: 85, n2: 85, n3: 82, n4: 75, n5: 75, n6: 65, n7: 65, n8: 40 });
    const grades = Object.fromEntries(Object.keys(ids).map((key) => [key, rowOf(table.rows, key).grade?.name ?? null]));
    expect(grades).toEqual({
      mA1: '优秀',
      mA2: '合格',
      mA3: null,
      n1: '合格',
      n2: '合格',
      n3: '合格',
      n4: '合格',
      n5: '合格',
      n6: '基本合格',
      n7: '基本合格',
      n8: '不合格',
    });
    expect(table.quotas).toEqual([
      expect.objectContaining({
        grade: 'excellent',
        gradedMembers: 10,
        limit: 2,
        candidates: 4,
        granted: 1,
        movedDown: expect.arrayContaining([ids.n1, ids.n2, ids.n3]),
        tie: { points: 85, memberIds: expect.arrayContaining([ids.n1, ids.n2]), decision: 'excludeTied' },
      }),
    ]);
    expect(table.quotas[0].explanation).toContain('参评 10 人，名额 2 人');
    expect(table.quotas[0].explanation).toContain('2 人并列');
    expect(rowOf(table.rows, 'n1')).toMatchObject({ movedDownByQuota: true, stars: 5, rank: null });
    expect(rowOf(table.rows, 'mA1')).toMatchObject({
      stars: 5,
      reviews: [{ round: 1, grade: 'excellent', gradeName: '优秀', points: 2 }],
      warnings: [],
    });
    expect(rowOf(table.rows, 'n8')).toMatchObject({
      stars: 0, // below 50: no star (001)
      warnings: [{ code: 'admonition', name: '诫勉谈话', period: null }],
      escalation: { count: 1, action: '党组织班子成员“一对一”结对帮扶整改' },
    });
    expect(rowOf(table.rows, 'mA3')).toMatchObject({
      status: 'probationary',
      gradeNote: 'notGraded',
      flags: [{ code: 'extendProbation', name: '延长预备期，由入党介绍人谈心谈话' }],
    });
    expect(table.counts).toEqual({
      byGrade: [
        { code: 'excellent', name: '优秀', count: 1 },
        { code: 'qualified', name: '合格', count: 6 },
        { code: 'basicallyQualified', name: '基本合格', count: 2 },
        { code: 'unqualified', name: '不合格', count: 1 },
      ],
      ungraded: 1,
    });
  });

  it('freezes the proposal with the scheme version; later ledger lines do not change it', async () => {
    const proposed = await secretary().ok(proposeGrades, { branchId: 'bA', year: 2024 });
    expect(proposed).toMatchObject({ status: 'proposed', revision: 2, proposal: { by: { role: 'secretary' } }, decision: null });
    await givePostPoints(backend, ids.n6, POSTS, 10, '2024-12-09');
    const table = await secretary().ok(yearTable, { branchId: 'bA', year: 2024 });
    expect(table).toEqual(proposed);
    expect(rowOf(table.rows, 'n6').total).toBe(65);

    const member = await backend.as(PEOPLE.memberA).ok(myYear, { year: 2024 });
    expect(member).toMatchObject({ member: { memberId: 'mA1', branchId: 'bA' }, status: 'proposed', result: null });
    const form = await backend.as(PEOPLE.admin).ok(committeeForm, { branchId: 'bA', year: 2024 });
    expect(form).toMatchObject({ branchName: '东村党支部', status: 'proposed', members: 11, changes: [], decision: null });
    expect(form.grades[0]).toMatchObject({ name: '优秀', proposed: [{ memberId: 'mA1', total: 92 }], decided: [] });
  });

  it('lets the committee change grades, a note for each (Annex C); what follows comes from the decided grade', async () => {
    const decided = await backend.as(PEOPLE.admin).ok(decideGrades, {
      branchId: 'bA',
      year: 2024,
      opinion: '同意支部申报意见，改评两人',
      changes: [
        { memberId: ids.n2, grade: 'excellent', note: '获县级表彰，经党委研究评为优秀' },
        { memberId: ids.n7, grade: 'unqualified', note: '全年三次无故缺席组织生活' },
      ],
    });
    expect(decided).toMatchObject({
      status: 'decided',
      decision: { by: { role: 'committeeAdmin' }, opinion: '同意支部申报意见，改评两人', changes: 2 },
    });
    expect(decided.decision!.counts.byGrade.map((g) => g.count)).toEqual([2, 5, 1, 2]);
    expect(rowOf(decided.rows, 'n2')).toMatchObject({
      grade: { name: '合格' },
      decision: { grade: { code: 'excellent', name: '优秀' }, changed: true, note: '获县级表彰，经党委研究评为优秀' },
    });
    expect(rowOf(decided.rows, 'n7')).toMatchObject({
      grade: { name: '基本合格' },
      decision: { grade: { name: '不合格' }, changed: true },
      warnings: [{ code: 'admonition' }],
      escalation: { count: 1, action: '党组织班子成员“一对一”结对帮扶整改' },
    });
    expect(rowOf(decided.rows, 'mA1').decision).toEqual({ grade: { code: 'excellent', name: '优秀' }, changed: false, note: null });

    const form = await secretary().ok(committeeForm, { branchId: 'bA', year: 2024 });
    expect(form.grades.find((g) => g.code === 'excellent')).toMatchObject({
      proposed: [{ memberId: 'mA1' }],
      decided: expect.arrayContaining([
        expect.objectContaining({ memberId: 'mA1' }),
        expect.objectContaining({ memberId: ids.n2, total: 85 }),
      ]),
    });
    expect(form.changes).toEqual([
      {
        memberId: ids.n2,
        name: '党员n2',
        total: 85,
        from: { code: 'qualified', name: '合格' },
        to: { code: 'excellent', name: '优秀' },
        note: '获县级表彰，经党委研究评为优秀',
      },
      {
        memberId: ids.n7,
        name: '党员n7',
        total: 65,
        from: { code: 'basicallyQualified', name: '基本合格' },
        to: { code: 'unqualified', name: '不合格' },
        note: '全年三次无故缺席组织生活',
      },
    ]);
    expect(form.ungraded).toEqual([{ memberId: 'mA3', name: '王三', total: 40, why: 'notGraded' }]);
    expect(form.decision).toMatchObject({ opinion: '同意支部申报意见，改评两人' });
  });

  it('shows the member their own final result', async () => {
    expect(await backend.as(PEOPLE.memberA).ok(myYear, { year: 2024 })).toMatchObject({
      status: 'decided',
      result: {
        total: 92,
        stars: 5,
        maxStars: 5,
        grade: { code: 'excellent', name: '优秀' },
        changedByCommittee: false,
        reviews: [{ round: 1, grade: 'excellent', gradeName: '优秀', points: 2 }],
        warnings: [],
        escalation: null,
      },
    });
  });

  it('starts the next year from zero and carries the decided grades into its escalation', async () => {
    clock.set('2025-12-10T10:00:00+08:00');
    await pinScheme(backend, 'bA', 2025, '001-xishui-town', '2025-12-01');
    await givePostPoints(backend, ids.n1, POSTS, 45, '2025-12-03');
    const open = await secretary().ok(yearTable, { branchId: 'bA', year: 2025 });
    expect(open).toMatchObject({ status: 'open', revision: 0, countedPeriods: ['2025-12'] });
    expect(rowOf(open.rows, 'mA1')).toMatchObject({ total: 40, grade: { name: '不合格' }, reviews: [] });
    expect(rowOf(open.rows, 'n1')).toMatchObject({ total: 85, grade: { name: '优秀' } });
    // n7 was computed 基本合格 in 2024 but decided 不合格: the decided grade counts.
    expect(rowOf(open.rows, 'n7').escalation).toEqual({ count: 2, action: '镇党委组织学习班，进行集中学习' });
    expect(rowOf(open.rows, 'n8').escalation).toEqual({ count: 2, action: '镇党委组织学习班，进行集中学习' });
    expect(rowOf(open.rows, 'n6').escalation).toEqual({ count: 1, action: '党组织班子成员“一对一”结对帮扶整改' });
    // The member's own page: this year still open, last year's decided result in the history.
    expect(await backend.as(PEOPLE.memberA).ok(myYear, { year: 2025 })).toMatchObject({
      status: 'open',
      result: null,
      history: [{ year: 2024, total: 92, stars: 5, grade: { code: 'excellent', name: '优秀' } }],
    });

    // 王三 moves to branch B (scheme 002: two years below 60 are handled): the year decided in branch A counts there.
    const { newMemberId } = await backend.as(PEOPLE.admin).ok(moveMember, { memberId: 'mA3', toBranchId: 'bB' });
    await pinScheme(backend, 'bB', 2025, '002-changzhou-office', '2025-12-01');
    const moved = (await backend.as(PEOPLE.secretaryB).ok(yearTable, { branchId: 'bB', year: 2025 })).rows.find(
      (r) => r.memberId === newMemberId,
    );
    expect(moved).toMatchObject({ name: '王三', total: 35, escalation: { count: 2 } });

    await secretary().ok(proposeGrades, { branchId: 'bA', year: 2025 });
    await backend.as(PEOPLE.admin).ok(decideGrades, { branchId: 'bA', year: 2025, opinion: '同意支部申报意见' });

    clock.set('2026-12-10T10:00:00+08:00');
    await pinScheme(backend, 'bA', 2026, '001-xishui-town', '2026-12-01');
    const third = await secretary().ok(yearTable, { branchId: 'bA', year: 2026 });
    expect(rowOf(third.rows, 'n7').escalation).toEqual({ count: 3, action: '按照组织程序进行处理' });
    expect(rowOf(third.rows, 'n8').escalation).toEqual({ count: 3, action: '按照组织程序进行处理' });
    expect(rowOf(third.rows, 'n1').escalation).toEqual({ count: 1, action: '党组织班子成员“一对一”结对帮扶整改' });
  });
});
