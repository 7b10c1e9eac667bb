import { randomBytes } from 'node:crypto';
import { summaryForm } from '../../../shared/contracts/exports/summary-form.schema';
import { committeeSummary } from '../../../shared/contracts/home/committee-summary.schema';
import { approveReport } from '../../../shared/contracts/reports/approve-report.schema';
import { rejectReport } from '../../../shared/contracts/reports/reject-report.schema';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { databaseRequests } from '../reports/report-fixtures';
import { movableClock } from '../year/year-fixtures';
import { buildCommunityBranch } from './community-branch';
import { findRow, openExport, rowOf } from './community-branch';

const HEADERS_4 = [
  '支部',
  '积分方案',
  '党员',
  null,
  null,
  null,
  '申报加分项',
  null,
  null,
  null,
  null,
  null,
  '异议',
  null,
  null,
  null,
  null,
  '公示',
];
const HEADERS_5 = [
  null,
  null,
  '党员',
  '积极分子',
  '不纳入积分管理',
  '已绑定微信',
  '申报',
  '确认',
  '退回',
  '待审核',
  '超7天未审核',
  '确认率',
];

/**
 * The committee's summary export is home.committeeSummary's figures printed: every branch of committee c1
 * (the standard world's branches A and B, and the community branch) and the totals, with the rate of
 * confirmed reports ("申请加分项 … 确认加分项 …").
 */
describe('the committee summary as .xlsx', () => {
  const clock = movableClock('2026-02-10T10:00:00+08:00');
  const backend = useBackend({ now: clock.now, world: clock.now });

  beforeAll(async () => {
    await buildCommunityBranch(backend.db, clock.now(), [2026]);
    const report = async () =>
      (
        await backend.as(PEOPLE.memberA).ok(submitReport, {
          itemCode: 'bonus.economy',
          date: '2026-02-09',
          description: '带动村民务工增收',
          idempotencyKey: randomBytes(8).toString('hex'),
        })
      ).reportId;
    const [a, b, c] = [await report(), await report(), await report()];
    await report(); // left waiting
    await backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: a });
    await backend.as(PEOPLE.recorderA).ok(approveReport, { reportId: b });
    await backend.as(PEOPLE.recorderA).ok(rejectReport, { reportId: c, reason: '佐证不足' });
  });

  it('prints every branch and the totals exactly as home.committeeSummary counts them', async () => {
    const request = { committeeId: 'c1', period: '2026-Q1' };
    const { result: file, requests } = await databaseRequests(backend, () => backend.as(PEOPLE.admin).ok(summaryForm, request));
    const view = await backend.as(PEOPLE.admin).ok(committeeSummary, { ...request, sort: 'name', limit: 100 });
    expect(requests).toBe(9);
    expect(file.fileName).toBe('党委汇总表 党员积分管理情况汇总表（某镇党委 2026年第一季度）.xlsx');
    expect(file.fileId).toMatch(/\/exports\/c1\/2026\/S-[0-9a-f]{20}\.xlsx$/);
    const sheet = await openExport(file.url);
    expect(rowOf(sheet, 1, 1)).toEqual(['党员积分管理情况汇总表']);
    expect(rowOf(sheet, 2, 1)).toEqual(['（某镇党委　2026年第一季度）']);
    expect(rowOf(sheet, 3, 1)).toEqual([
      `共 3 个支部、${view.totals.members.members} 名党员；2026年第一季度申报加分项 4 项，确认 2 项（确认率 50.0%）。`,
    ]);
    expect(rowOf(sheet, 4, HEADERS_4.length)).toEqual(HEADERS_4);
    expect(rowOf(sheet, 5, HEADERS_5.length)).toEqual(HEADERS_5);

    const printed = (figures: (typeof view.branches)[number] | typeof view.totals, name: string, rate: string) => [
      name,
      figures.members.members,
      figures.members.activists,
      figures.members.exempt,
      figures.members.bound,
      figures.reports.reported,
      figures.reports.confirmed,
      figures.reports.rejected,
      figures.reports.pending,
      figures.reports.waitingLong,
      rate,
      figures.appeals.filed,
      figures.appeals.accepted,
      figures.appeals.rejected,
      figures.appeals.open,
      figures.appeals.overdue,
      figures.publications.ended,
      figures.publications.onTime,
      figures.publications.late,
      figures.publications.missing,
    ];
    const cells = (row: number) => {
      const all = rowOf(sheet, row, 21);
      return [all[0], ...all.slice(2)];
    };
    view.branches.forEach((branch, i) => {
      const rate = branch.reports.reported === 0 ? '—' : `${((branch.reports.confirmed / branch.reports.reported) * 100).toFixed(1)}%`;
      expect(cells(6 + i)).toEqual(printed(branch, branch.name, rate));
      expect(rowOf(sheet, 6 + i, 2)[1]).toBe(branch.scheme?.name ?? '未设置');
    });
    expect(cells(6 + view.branches.length)).toEqual(printed(view.totals, '合计', '50.0%'));
    expect(view.branches.find((b) => b.branchId === 'bA')!.reports).toMatchObject({ reported: 4, confirmed: 2, rejected: 1, pending: 1 });
    expect(
      findRow(
        sheet,
        '备注：申报按申报的活动日期统计（2026年第一季度），不含已撤回的；超 7 天未审核：提交后超过 7 天仍未审核的申报（不论日期）。',
      ),
    ).toBeGreaterThan(0);
  });

  it('is for the committee admins only', async () => {
    expect(await backend.as(PEOPLE.secretaryA).call(summaryForm, { committeeId: 'c1' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
