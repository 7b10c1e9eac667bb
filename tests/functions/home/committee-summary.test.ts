import { randomBytes } from 'node:crypto';
import { committeeSummary } from '../../../shared/contracts/home/committee-summary.schema';
import { answerAppeal } from '../../../shared/contracts/publications/answer-appeal.schema';
import { fileAppeal } from '../../../shared/contracts/publications/file-appeal.schema';
import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { decideGrades } from '../../../shared/contracts/year/decide-grades.schema';
import { proposeGrades } from '../../../shared/contracts/year/propose-grades.schema';
import { saveReviews } from '../../../shared/contracts/year/save-reviews.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { OrgDoc } from '../../../server/orgs/org.doc';
import { roleId } from '../../../server/roles/role.doc';
import { useBackend } from '../../support/backend';
import { aMemberDoc, PEOPLE } from '../../support/world';
import { buildVillageBranch, VILLAGE } from '../publications/village-branch';
import { databaseRequests, movableClock } from '../year/year-fixtures';

/**
 * Committee c1 over four branches through a first quarter: 东村 (scheme 001, monthly 公示: January on time,
 * February late, March not published), 镇机关 (002, Q1 on time), 西坡村 (003 village, Q1 on time with one
 * appeal rejected and one left past its 3-day answer limit), and 新建村 with no scheme chosen.
 */
describe('home.committeeSummary: the committee sees every branch at once', () => {
  const clock = movableClock('2026-01-05T09:00:00+08:00');
  const backend = useBackend({ now: clock.now, world: clock.now });
  const admin = () => backend.as(PEOPLE.admin);
  const key = () => randomBytes(8).toString('hex');
  const economy = (date: string) => ({
    itemCode: 'bonus.economy',
    date,
    description: '带动群众务工增收',
    photos: [],
    idempotencyKey: key(),
  });

  beforeAll(async () => {
    const at = clock.now();
    await buildVillageBranch(backend.db, at);
    const { _id, ...org } = OrgDoc.parse({
      _id: 'bN',
      kind: 'branch',
      name: '新建村党支部',
      parentId: 'c1',
      ancestors: ['c1'],
      createdAt: at,
      createdBy: PEOPLE.admin,
    });
    await backend.db.collection(COLLECTIONS.orgs).doc(_id).set(org);
    const { _id: memberId, ...member } = aMemberDoc({ _id: 'mN1', branchId: 'bN', name: '钱七', category: 'mobile' }, at);
    await backend.db.collection(COLLECTIONS.members).doc(memberId).set(member);
    // Another committee and its admin: sees nothing of c1.
    const { _id: otherId, ...other } = OrgDoc.parse({
      _id: 'c2',
      kind: 'committee',
      name: '邻镇党委',
      parentId: null,
      ancestors: [],
      createdAt: at,
      createdBy: 'o-admin2',
    });
    await backend.db.collection(COLLECTIONS.orgs).doc(otherId).set(other);
    await backend.db
      .collection(COLLECTIONS.roles)
      .doc(roleId('o-admin2', 'c2', 'committeeAdmin'))
      .set({ openid: 'o-admin2', orgId: 'c2', role: 'committeeAdmin', grantedBy: 'o-admin2', grantedAt: at });

    clock.set('2026-01-20T10:00:00+08:00');
    const approved = await backend.as(PEOPLE.memberA).ok(submitReport, economy('2026-01-12'));
    const rejected = await backend.as(PEOPLE.memberA2).ok(submitReport, economy('2026-01-13'));
    await backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: approved.reportId });
    await backend.as(PEOPLE.recorderA).ok(rejectReport, { reportId: rejected.reportId, reason: '无务工人员名单' });

    clock.set('2026-02-03T10:00:00+08:00');
    await backend.as(PEOPLE.secretaryA).ok(publishPeriod, { branchId: 'bA', period: '2026-01' });
    clock.set('2026-03-15T10:00:00+08:00');
    await backend.as(PEOPLE.secretaryA).ok(publishPeriod, { branchId: 'bA', period: '2026-02' });

    clock.set('2026-04-01T10:00:00+08:00');
    await backend.as(PEOPLE.memberA).ok(submitReport, economy('2026-04-01'));
    clock.set('2026-04-02T10:00:00+08:00');
    const { publication } = await backend.as(VILLAGE.secretary).ok(publishPeriod, { branchId: VILLAGE.branchId, period: '2026-Q1' });
    clock.set('2026-04-03T10:00:00+08:00');
    await backend.as(PEOPLE.secretaryB).ok(publishPeriod, { branchId: 'bB', period: '2026-Q1' });
    const unanswered = { publicationId: publication.publicationId, reason: '三月份的巡逻没有记分', idempotencyKey: key() };
    await backend.as(VILLAGE.members[0].openid).ok(fileAppeal, unanswered);
    const answered = await backend
      .as(VILLAGE.members[1].openid)
      .ok(fileAppeal, { publicationId: publication.publicationId, reason: '党费按时交了', idempotencyKey: key() });
    await backend
      .as(VILLAGE.secretary)
      .ok(answerAppeal, { appealId: answered.appealId, decision: 'reject', answer: '经核实，三月党费逾期一周' });

    clock.set('2026-04-14T10:00:00+08:00');
    await backend.as(PEOPLE.memberA2).ok(submitReport, economy('2026-04-14'));
    clock.set('2026-04-15T10:00:00+08:00');
  });

  it('sums every branch: members by category, reports of the quarter, appeals and publications', async () => {
    const summary = await admin().ok(committeeSummary, { period: '2026-Q1' });
    expect(summary).toMatchObject({
      committee: { id: 'c1', name: '某镇党委' },
      year: 2026,
      range: { from: '2026-01-01', to: '2026-03-31', label: '2026年第一季度' },
      asOf: '2026-04-15',
      rules: { publishDueDays: 10, reportWaitDays: 7 },
      offset: 0,
      total: 4,
    });
    expect(summary.totals).toEqual({
      branches: 4,
      needingAttention: 3,
      // 东村 3 (one probationary) + 镇机关 1 + 西坡村 4 + 新建村 1; 7 bound; 钱七 is 流动, 赵四 在职.
      members: { members: 9, activists: 0, exempt: 0, bound: 7, byCategory: { selfManaged: 7, inService: 1, mobile: 1 } },
      // The quarter's two reports of 东村; the April report waiting since the 1st counts as waiting long.
      reports: { reported: 2, confirmed: 1, rejected: 1, pending: 0, waitingLong: 1 },
      appeals: { open: 1, overdue: 1, filed: 2, accepted: 0, rejected: 1 },
      // 东村: Jan, Feb, Mar ended (one each on time, late, missing); 镇机关 and 西坡村: Q1 on time.
      publications: { ended: 5, onTime: 3, late: 1, missing: 1, due: 0, open: 0, closed: 4 },
      grades: [],
    });
  });

  it('puts the branches needing attention first and says what needs doing', async () => {
    const { branches } = await admin().ok(committeeSummary, { period: '2026-Q1' });
    expect(branches.map((b) => [b.name, b.attention])).toEqual([
      ['西坡村党支部', ['1 件异议超过答复期限未答复']],
      ['东村党支部', ['2026年3月公示逾期未发布（期末后 10 日内应公示）', '1 份申报超过 7 天未审核']],
      ['新建村党支部', ['尚未设置2026年积分方案']],
      ['镇机关党支部', []],
    ]);
    expect(branches.find((b) => b.branchId === 'bA')).toMatchObject({
      scheme: { id: '001-xishui-town', name: expect.any(String) },
      members: { members: 3, bound: 2, byCategory: { selfManaged: 3, inService: 0, mobile: 0 } },
      reports: { reported: 2, confirmed: 1, rejected: 1, pending: 0, waitingLong: 1 },
      publications: {
        ended: 3,
        onTime: 1,
        late: 1,
        missing: 1,
        problems: [
          { period: '2026-02', label: '2026年2月', state: 'late' },
          { period: '2026-03', label: '2026年3月', state: 'missing' },
        ],
      },
      grades: { status: 'none', counts: [], ungraded: 0 },
    });
    expect(branches.find((b) => b.branchId === 'bN')).toMatchObject({ scheme: null, publications: { ended: 0 } });
  });

  it('counts the whole year by default: the April reports are in it', async () => {
    const { range, totals } = await admin().ok(committeeSummary, {});
    expect(range).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026年' });
    expect(totals.reports).toEqual({ reported: 4, confirmed: 1, rejected: 1, pending: 2, waitingLong: 1 });
  });

  it('pages the branches and keeps the totals over all of them; by name in pinyin order when asked', async () => {
    const page = await admin().ok(committeeSummary, { committeeId: 'c1', year: 2026, offset: 2, limit: 2 });
    expect(page.branches.map((b) => b.branchId)).toEqual(['bN', 'bB']);
    expect(page).toMatchObject({ offset: 2, total: 4, totals: { branches: 4 } });
    const byName = await admin().ok(committeeSummary, { sort: 'name' });
    // dong cun, xi po cun, xin jian cun, zhen ji guan
    expect(byName.branches.map((b) => b.name)).toEqual(['东村党支部', '西坡村党支部', '新建村党支部', '镇机关党支部']);
  });

  it('costs the same few requests however many branches: 9', async () => {
    const { requests } = await databaseRequests(backend, () => admin().ok(committeeSummary, {}));
    expect(requests).toBe(9);
  });

  it('is for the committee admin only, and only for their own committee', async () => {
    for (const openid of [PEOPLE.secretaryA, PEOPLE.memberA, PEOPLE.stranger]) {
      expect(await backend.as(openid).call(committeeSummary, {})).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
        reason: 'NOT_COMMITTEE_ADMIN',
      });
    }
    expect(await backend.as('o-admin2').call(committeeSummary, { committeeId: 'c1' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_COMMITTEE_ADMIN',
    });
    expect((await backend.as('o-admin2').ok(committeeSummary, {})).totals.branches).toBe(0);
    expect(await admin().call(committeeSummary, { year: 2025, period: '2026-Q1' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'period', message: '请选择2025年内的月份或季度' }],
    });
    expect(await admin().call(committeeSummary, { limit: 500 })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fields: [{ path: 'data.limit' }],
    });
  });

  it('shows a year proposed by the branch as waiting for the committee, then the decided grades', async () => {
    clock.set('2026-12-10T10:00:00+08:00');
    await backend.as(PEOPLE.secretaryA).ok(saveReviews, {
      branchId: 'bA',
      year: 2026,
      results: [
        { memberId: 'mA1', grade: 'qualified' },
        { memberId: 'mA2', grade: 'qualified' },
      ],
    });
    const proposal = await backend.as(PEOPLE.secretaryA).ok(proposeGrades, { branchId: 'bA', year: 2026 });
    const proposedGrade = proposal.rows.find((r) => r.memberId === 'mA2')!.grade!.code;
    const proposed = (await admin().ok(committeeSummary, {})).branches.find((b) => b.branchId === 'bA')!;
    expect(proposed.attention).toContain('年度等次已由支部申报，待党委审定');
    // 王三 is probationary: on the proposal without a grade (001 grades full members only).
    expect(proposed.grades).toMatchObject({ status: 'proposed', ungraded: 1 });
    expect(proposed.grades.counts.map((g) => g.name)).toEqual(['优秀', '合格', '基本合格', '不合格']);
    expect(proposed.grades.counts.reduce((sum, g) => sum + g.count, 0)).toBe(2);

    await admin().ok(decideGrades, {
      branchId: 'bA',
      year: 2026,
      opinion: '改评一人',
      changes: [{ memberId: 'mA2', grade: proposedGrade === 'unqualified' ? 'basicallyQualified' : 'unqualified', note: '经党委研究改评' }],
    });
    const decided = await admin().ok(committeeSummary, {});
    const branch = decided.branches.find((b) => b.branchId === 'bA')!;
    expect(branch.grades.status).toBe('decided');
    expect(branch.attention).not.toContain('年度等次已由支部申报，待党委审定');
    // The decided counts: mA2 left its proposed grade for the committee's.
    const countOf = (counts: { code: string; count: number }[], code: string) => counts.find((g) => g.code === code)!.count;
    const to = proposedGrade === 'unqualified' ? 'basicallyQualified' : 'unqualified';
    expect(countOf(branch.grades.counts, proposedGrade)).toBe(countOf(proposed.grades.counts, proposedGrade) - 1);
    expect(countOf(branch.grades.counts, to)).toBe(countOf(proposed.grades.counts, to) + 1);
    // Only 东村 has a year sheet: the committee's grade totals are its counts.
    expect(decided.totals.grades).toEqual(branch.grades.counts);
  });
});
