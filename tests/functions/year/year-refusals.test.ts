import { decideGrades } from '../../../shared/contracts/year/decide-grades.schema';
import { myYear } from '../../../shared/contracts/year/my-year.schema';
import { proposeGrades } from '../../../shared/contracts/year/propose-grades.schema';
import { saveReviews } from '../../../shared/contracts/year/save-reviews.schema';
import { committeeForm } from '../../../shared/contracts/year/committee-form.schema';
import { yearTable } from '../../../shared/contracts/year/year-table.schema';
import { useBackend } from '../../support/backend';
import { aMemberDoc, PEOPLE } from '../../support/world';
import { pinScheme } from './year-fixtures';

const NOW = new Date('2026-12-05T10:00:00+08:00');
const SECOND_SECRETARY = 'o-sec-a-deputy';
const OTHER_ADMIN = 'o-admin-c2';

/** Refusals: who may do what, other branches and committees, the order of the year's steps, and races. */
describe('the year refuses what it must, and writes nothing when it does', () => {
  const backend = useBackend({ now: () => NOW, world: NOW });
  const sheet = async (id: string) =>
    (await backend.db.collection('yearSheets').doc(id).get()).data[0] as Record<string, unknown> | undefined;
  const put = (collection: string, { _id, ...doc }: { _id: string } & Record<string, unknown>) =>
    backend.db.collection(collection).doc(_id).set(doc);

  beforeAll(async () => {
    // Branch A's secretary is a member of the branch too; a deputy secretary; an exempt member; a second committee with its admin.
    await put('members', aMemberDoc({ _id: 'mAsec', branchId: 'bA', name: '陈书记', openid: PEOPLE.secretaryA, boundAt: NOW }, NOW));
    await put(
      'members',
      aMemberDoc(
        { _id: 'mAex', branchId: 'bA', name: '钱免', exempt: { reason: '长期患病', approvedBy: PEOPLE.secretaryA, approvedAt: NOW } },
        NOW,
      ),
    );
    const role = (openid: string, orgId: string, name: string) =>
      put('roles', { _id: `${openid}:${orgId}:${name}`, openid, orgId, role: name, grantedBy: PEOPLE.admin, grantedAt: NOW });
    await role(SECOND_SECRETARY, 'bA', 'secretary');
    await put('orgs', {
      _id: 'c2',
      kind: 'committee',
      name: '另一个镇党委',
      parentId: null,
      ancestors: [],
      createdAt: NOW,
      createdBy: OTHER_ADMIN,
    });
    await role(OTHER_ADMIN, 'c2', 'committeeAdmin');
  });

  it('lets only the branch’s secretary (or a committee admin over it) enter review results', async () => {
    const request = { branchId: 'bA', year: 2026, results: [{ memberId: 'mA2', grade: 'qualified' as const }] };
    for (const [openid, reason] of [
      [PEOPLE.recorderA, 'NOT_BRANCH_OFFICER'],
      [PEOPLE.memberA, 'NOT_BRANCH_OFFICER'],
      [PEOPLE.secretaryB, 'NOT_BRANCH_OFFICER'],
      [OTHER_ADMIN, 'NOT_BRANCH_OFFICER'],
      [PEOPLE.stranger, 'NOT_BRANCH_OFFICER'],
    ]) {
      expect(await backend.as(openid).call(saveReviews, request)).toMatchObject({ ok: false, code: 'FORBIDDEN', reason });
    }
    expect(await sheet('bA:2026')).toBeUndefined();
  });

  it('refuses results for the secretary’s own record, other branches’ and exempt members', async () => {
    expect(
      await backend
        .as(PEOPLE.secretaryA)
        .call(saveReviews, { branchId: 'bA', year: 2026, results: [{ memberId: 'mAsec', grade: 'excellent' }] }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'SELF_ENTRY',
      fields: [{ path: 'results.0.memberId', message: '本人的评议结果请由支部其他书记或上级党委管理员录入' }],
    });
    expect(
      await backend.as(PEOPLE.secretaryA).call(saveReviews, {
        branchId: 'bA',
        year: 2026,
        results: [
          { memberId: 'mB1', grade: 'qualified' },
          { memberId: 'mAex', grade: 'qualified' },
          { memberId: 'nobody', grade: 'qualified' },
        ],
      }),
    ).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [
        { path: 'results.0.memberId', message: '不是本支部的党员' },
        { path: 'results.1.memberId', message: '钱免不纳入积分管理，无需评议' },
        { path: 'results.2.memberId', message: '不是本支部的党员' },
      ],
    });
    expect(await sheet('bA:2026')).toBeUndefined();
    // The committee admin enters the secretary's own result.
    await backend.as(PEOPLE.admin).ok(saveReviews, { branchId: 'bA', year: 2026, results: [{ memberId: 'mAsec', grade: 'excellent' }] });
    await backend.as(PEOPLE.secretaryA).ok(saveReviews, { branchId: 'bA', year: 2026, results: [{ memberId: 'mA2', grade: 'qualified' }] });
    expect(await sheet('bA:2026')).toMatchObject({ revision: 2, status: 'open' });
  });

  it('shows the table only to the branch’s officers and the committee above it', async () => {
    for (const openid of [PEOPLE.memberA, PEOPLE.secretaryB, OTHER_ADMIN]) {
      expect(await backend.as(openid).call(yearTable, { branchId: 'bA', year: 2026 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await backend.as(openid).call(committeeForm, { branchId: 'bA', year: 2026 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await backend.as(PEOPLE.recorderA).call(committeeForm, { branchId: 'bA', year: 2026 })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await backend.as(PEOPLE.memberA).call(myYear, { memberId: 'mA2', year: 2026 })).toMatchObject({
      ok: false,
      reason: 'NOT_OWN_MEMBER',
    });
    expect(await backend.as(PEOPLE.secretaryA).call(yearTable, { branchId: 'bA', year: 2030 })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      reason: 'NO_SCHEME_FOR_YEAR',
    });
  });

  it('refuses a year that has not started, and proposals before its last period', async () => {
    await pinScheme(backend, 'bA', 2027, '004-district-hundred');
    expect(await backend.as(PEOPLE.secretaryA).call(yearTable, { branchId: 'bA', year: 2027 })).toMatchObject({
      ok: false,
      reason: 'YEAR_NOT_STARTED',
      message: '本支部 2027 年从 2027-01-01 开始积分，尚无年度结果',
    });
    expect(await backend.as(PEOPLE.secretaryA).call(proposeGrades, { branchId: 'bA', year: 2027 })).toMatchObject({
      ok: false,
      reason: 'YEAR_TOO_EARLY',
      message: '2027 年的最后一个积分周期（2027年12月）开始后才能申报年度等次',
    });
    expect(
      await backend
        .as(PEOPLE.secretaryA)
        .call(saveReviews, { branchId: 'bA', year: 2027, results: [{ memberId: 'mA2', grade: 'qualified' }] }),
    ).toMatchObject({ ok: false, code: 'CONFLICT', reason: 'YEAR_NO_REVIEWS' });
  });

  it('lets only the secretary propose, and the committee admin over the branch decide — after the proposal', async () => {
    expect(await backend.as(PEOPLE.admin).call(proposeGrades, { branchId: 'bA', year: 2026 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.recorderA).call(proposeGrades, { branchId: 'bA', year: 2026 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.secretaryB).call(proposeGrades, { branchId: 'bA', year: 2026 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await backend.as(PEOPLE.admin).call(decideGrades, { branchId: 'bA', year: 2026 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      reason: 'YEAR_NOT_PROPOSED',
    });
    expect(await sheet('bA:2026')).toMatchObject({ revision: 2, status: 'open', decision: null });
  });

  it('stores one proposal when two secretaries propose at once (over entered results, and with none)', async () => {
    for (const branch of [
      { branchId: 'bA', secretaries: [PEOPLE.secretaryA, SECOND_SECRETARY], revision: 3 },
      { branchId: 'bB', secretaries: [PEOPLE.secretaryB, PEOPLE.secretaryB], revision: 1 },
    ]) {
      const replies = await Promise.all(
        branch.secretaries.map((s) => backend.as(s).call(proposeGrades, { branchId: branch.branchId, year: 2026 })),
      );
      expect(replies.filter((r) => r.ok)).toHaveLength(1);
      expect(replies.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: 'CONFLICT', reason: 'YEAR_ALREADY_PROPOSED' })]);
      expect(await sheet(`${branch.branchId}:2026`)).toMatchObject({ status: 'proposed', revision: branch.revision });
    }
  });

  it('freezes the results once proposed', async () => {
    for (const openid of [PEOPLE.secretaryA, PEOPLE.admin]) {
      expect(
        await backend.as(openid).call(saveReviews, { branchId: 'bA', year: 2026, results: [{ memberId: 'mA2', grade: 'excellent' }] }),
      ).toMatchObject({ ok: false, code: 'CONFLICT', reason: 'YEAR_ALREADY_PROPOSED' });
    }
    expect(await backend.as(PEOPLE.secretaryA).call(proposeGrades, { branchId: 'bA', year: 2026 })).toMatchObject({
      reason: 'YEAR_ALREADY_PROPOSED',
    });
    expect(await sheet('bA:2026')).toMatchObject({
      revision: 3,
      reviews: [{ memberId: 'mA2', grade: 'qualified' }, { memberId: 'mAsec' }],
    });
  });

  it('refuses changes that the proposal or the scheme does not allow, all at once', async () => {
    for (const openid of [PEOPLE.secretaryA, OTHER_ADMIN]) {
      expect(await backend.as(openid).call(decideGrades, { branchId: 'bA', year: 2026 })).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_COMMITTEE_ADMIN',
      });
    }
    const reply = await backend.as(PEOPLE.admin).call(decideGrades, {
      branchId: 'bA',
      year: 2026,
      changes: [
        { memberId: 'mA1', grade: 'great', note: '表现突出' },
        { memberId: 'mA1', grade: 'excellent', note: '表现突出' },
        { memberId: 'mA2', grade: 'unqualified', note: '表现一般' },
        { memberId: 'mA3', grade: 'qualified', note: '预备党员' },
        { memberId: 'mB1', grade: 'qualified', note: '外支部' },
      ],
    });
    expect(reply).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      reason: 'FIELD_INVALID',
      fields: [
        { path: 'changes.0.grade', message: '“great”不是本方案的等次' },
        { path: 'changes.1.memberId', message: '张一改评了两次' },
        { path: 'changes.2.grade', message: '李二的申报等次已是“不合格”，无需改评' },
        { path: 'changes.3.memberId', message: '王三：预备党员等不确定等次' },
        { path: 'changes.4.memberId', message: '不在本支部的年度申报名单中' },
      ],
    });
    expect(
      await backend
        .as(PEOPLE.admin)
        .call(decideGrades, { branchId: 'bA', year: 2026, changes: [{ memberId: 'mA1', grade: 'excellent', note: ' ' }] }),
    ).toMatchObject({ ok: false, code: 'VALIDATION', fields: [{ path: 'data.changes.0.note', message: '改评须注明理由' }] });
    expect(await sheet('bA:2026')).toMatchObject({ status: 'proposed', revision: 3, decision: null });
  });

  it('decides once: of two decisions at once one is stored, and a decided year stays as decided', async () => {
    const replies = await Promise.all([
      backend.as(PEOPLE.admin).call(decideGrades, { branchId: 'bA', year: 2026, opinion: '同意' }),
      backend.as(PEOPLE.admin).call(decideGrades, {
        branchId: 'bA',
        year: 2026,
        changes: [{ memberId: 'mA1', grade: 'basicallyQualified', note: '另一次审定' }],
      }),
    ]);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: 'CONFLICT', reason: 'YEAR_ALREADY_DECIDED' })]);
    const stored = await sheet('bA:2026');
    expect(stored).toMatchObject({ status: 'decided', revision: 4 });
    expect(await backend.as(PEOPLE.admin).call(decideGrades, { branchId: 'bA', year: 2026 })).toMatchObject({
      reason: 'YEAR_ALREADY_DECIDED',
    });
    expect(
      await backend
        .as(PEOPLE.secretaryA)
        .call(saveReviews, { branchId: 'bA', year: 2026, results: [{ memberId: 'mA2', grade: 'excellent' }] }),
    ).toMatchObject({ reason: 'YEAR_ALREADY_DECIDED' });
    expect(await backend.as(PEOPLE.secretaryA).call(proposeGrades, { branchId: 'bA', year: 2026 })).toMatchObject({
      reason: 'YEAR_ALREADY_DECIDED',
    });
    expect(await sheet('bA:2026')).toEqual(stored);
  });
});
