/**
 * npm run bench:cost — database requests per use case, counted by the emulator (GET /_emulator/stats
 * since POST /_emulator/reset-stats), through the real functions and node-sdk. One line per use case:
 * `cost <use-case> requests=<n>`. Budgets (issue 4): approve ≤ 6, member home ≤ 4, attendance for 40 ≤ 8.
 */
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { emulatorProcessEnv, RunningEmulator, startEmulator } from '../emulator';
import { localFunctions } from '../cloudfunctions/local-functions';
import { localDateOf } from '../shared/period';
import { memberHome } from '../shared/contracts/home/member-home.schema';
import { bindWithCode } from '../shared/contracts/org/bind-with-code.schema';
import { bootstrapCommittee } from '../shared/contracts/org/bootstrap-committee.schema';
import { createInvite } from '../shared/contracts/org/create-invite.schema';
import { createOrg } from '../shared/contracts/org/create-org.schema';
import { grantRole } from '../shared/contracts/org/grant-role.schema';
import { importRoster } from '../shared/contracts/org/import-roster.schema';
import { listMembers } from '../shared/contracts/org/list-members.schema';
import { branchSettings } from '../shared/contracts/org/branch-settings.schema';
import { setBranchScheme } from '../shared/contracts/org/set-branch-scheme.schema';
import { approveReport } from '../shared/contracts/reports/approve-report.schema';
import { approveReports } from '../shared/contracts/reports/approve-reports.schema';
import { recordAttendance } from '../shared/contracts/reports/record-attendance.schema';
import { recordEntry } from '../shared/contracts/reports/record-entry.schema';
import { recordingForm } from '../shared/contracts/reports/recording-form.schema';
import { reviewQueue } from '../shared/contracts/reports/review-queue.schema';
import { submitReport } from '../shared/contracts/reports/submit-report.schema';
import { reportForm } from '../shared/contracts/reports/report-form.schema';
import { forgetPinnedSchemes } from '../server/schemes/scheme-cache';
import { devClient } from '../tools/dev-client';
import { committeeCosts } from './committee-costs';
import { exportCosts } from './export-costs';
import { publicationCosts } from './publication-costs';
import { configureBenchNotices, noticeCosts, subscribeForBench } from './notice-costs';
import { exchangeCosts } from './exchange-costs';

const key = () => randomBytes(9).toString('hex');
const MEMBERS = 60;

async function roster(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员名册');
  sheet.addRow(['姓名', '性别', '出生日期', '入党日期', '党员状态', '类别']);
  for (let i = 0; i < MEMBERS; i++)
    sheet.addRow([
      `党员${String(i).padStart(3, '0')}`,
      i % 2 ? '男' : '女',
      `${1950 + (i % 45)}-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      '2000-07-01',
      '正式',
      '自管',
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Database requests (database.* actions) made while `work` runs. */
async function measure(emulator: RunningEmulator, work: () => Promise<unknown>): Promise<number> {
  emulator.resetStats();
  await work();
  const { actions } = emulator.stats();
  return Object.entries(actions)
    .filter(([action]) => action.startsWith('database.'))
    .reduce((sum, [, n]) => sum + n, 0);
}

async function main(): Promise<void> {
  process.env.BOOTSTRAP_CODE = 'bench-cost-bootstrap';
  // Subscription messages on, as deployed: the notified use cases count their notices.
  configureBenchNotices();
  const emulator = await startEmulator({ port: 0, functions: localFunctions() });
  Object.assign(process.env, emulatorProcessEnv(emulator));
  const as = (openid: string) => devClient(emulator.url, openid);
  const admin = as('bench-admin');
  const today = localDateOf(new Date());
  const year = Number(today.slice(0, 4));

  // A branch of 60 members on scheme 001; members 0–9 bound; 0 is secretary, 1 recorder.
  const { committeeId } = await admin.ok(bootstrapCommittee, {
    code: 'bench-cost-bootstrap',
    committeeName: '测算党委',
    adminName: '管理员',
  });
  const { orgId: branchId } = await admin.ok(createOrg, { parentId: committeeId, kind: 'branch', name: '测算党支部' });
  await admin.ok(setBranchScheme, { branchId, year, scheme: { preset: '001-xishui-town' }, scoringFrom: `${year}-01-01` });
  await admin.ok(importRoster, {
    branchId,
    fileId: await admin.upload('imports/bench.xlsx', await roster(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  });
  const members = (await admin.ok(listMembers, { branchId, offset: 0, limit: 100 })).members;
  const bound = members.slice(0, 10);
  for (const [i, m] of bound.entries())
    await as(`bench-m${i}`).ok(bindWithCode, { code: (await admin.ok(createInvite, { memberId: m.memberId })).code });
  await admin.ok(grantRole, { orgId: branchId, memberId: bound[0].memberId, role: 'secretary' });
  await admin.ok(grantRole, { orgId: branchId, memberId: bound[1].memberId, role: 'recorder' });
  const recorder = as('bench-m1');

  // History for the member home: a dozen ledger lines for member 2 (open periods only take today's date).
  for (let n = 0; n < 12; n++) {
    await recorder.ok(recordEntry, {
      branchId,
      memberId: bound[2].memberId,
      itemCode: n % 2 ? 'bonus.economy' : 'duties.dues.late',
      date: today,
      reason: '测算用记录',
      idempotencyKey: key(),
    });
  }
  // 100 pending reports from members 2–9 for the queue.
  const report = (i: number) =>
    as(`bench-m${i}`).ok(submitReport, {
      itemCode: 'bonus.publicWelfare',
      date: today,
      description: '参加村级公益事业建设',
      idempotencyKey: key(),
    });
  for (let n = 0; n < 100; n++) await report(2 + (n % 8));

  const lines: string[] = [];
  const note = (text: string) => lines.push(`  ${text}`);
  let pendingId = '';
  // The secretary has one 申报待审核 to receive (the recorder none); the member one 审核结果.
  await subscribeForBench(as('bench-m0'), ['reportWaiting']);
  await subscribeForBench(as('bench-m3'), ['reportReviewed']);
  lines.push(`cost submit-report requests=${await measure(emulator, async () => (pendingId = (await report(3)).reportId))}`);
  note(
    'member records, the report by its idempotency key (in parallel), the pinned scheme, the insert; plus the text check (open API); then 申报待审核: the branch’s roles, the officers’ subscriptions, the one used ∥ the recorder’s 未订阅',
  );
  lines.push(`cost approve requests=${await measure(emulator, () => recorder.ok(approveReport, { reportId: pendingId }))}`);
  const cold = (await report(4)).reportId;
  forgetPinnedSchemes();
  note(
    `roles + one transaction (start, read, update, insert, commit) on a warm instance, then 审核结果 (the member’s subscription, its use); a cold instance reads the pinned scheme once more: ${await measure(emulator, () => recorder.ok(approveReport, { reportId: cold }))}`,
  );
  // 40 members, the recorder (member 1) not among them: an officer's own line is recorded by another officer.
  const attendance = members
    .filter((m) => m.memberId !== bound[1].memberId)
    .slice(0, 40)
    .map((m, i) => ({ memberId: m.memberId, outcome: (['present', 'late', 'leave', 'absent'] as const)[i % 4] }));
  lines.push(
    `cost attendance-40 requests=${await measure(emulator, () => recorder.ok(recordAttendance, { branchId, meetingType: 'orgLife', date: today, title: '主题党日', attendance, idempotencyKey: key() }))}`,
  );
  note(
    'roles, the pinned scheme, the 40 members in one query, the meeting, all entries in one batch insert (+1 check); no request per member',
  );
  lines.push(`cost member-home requests=${await measure(emulator, () => as('bench-m2').ok(memberHome, {}))}`);
  note('member record, pinned scheme, the member’s ledger lines for the year, the pending count; scored by the core in the function');
  lines.push(
    `cost review-queue-100 requests=${await measure(emulator, async () => {
      const queue = await recorder.ok(reviewQueue, { branchId, offset: 0, limit: 100 });
      if (queue.reports.length !== 100) throw new Error(`queue had ${queue.reports.length} reports`);
    })}`,
  );
  note('roles, the page of 100, the count; member names come with the reports');
  const batch = (await recorder.ok(reviewQueue, { branchId, offset: 0, limit: 20 })).reports.map((r) => r.reportId);
  lines.push(`cost approve-batch-20 requests=${await measure(emulator, () => recorder.ok(approveReports, { reportIds: batch }))}`);
  note('roles + one transaction: per report a read, an update and an insert, then the commit (20 single approvals: 120)');
  lines.push(`cost recording-form requests=${await measure(emulator, () => recorder.ok(recordingForm, { branchId }))}`);
  note('roles ∥ the pinned scheme ∥ the branch’s 60 members: the attendance and entry pages’ first screen');
  lines.push(...(await publicationCosts(committeeId, as, (work) => measure(emulator, work), today)));
  lines.push(...(await committeeCosts(as, (work) => measure(emulator, work), today)));
  lines.push(`cost report-form requests=${await measure(emulator, () => as('bench-m2').ok(reportForm, {}))}`);
  note('member records, then the pinned scheme: items, open dates and the photo folder for the report page');
  lines.push(...(await noticeCosts(emulator, branchId, as, (work) => measure(emulator, work))));
  lines.push(...(await exportCosts(committeeId, as, (work) => measure(emulator, work), today)));
  lines.push(...(await exchangeCosts(branchId, as, (work) => measure(emulator, work))));
  const secretary = as('bench-m0');
  lines.push(`cost branch-settings requests=${await measure(emulator, () => secretary.ok(branchSettings, { branchId }))}`);
  note('支部管理’s first screen: roles, the branch, then the pinned scheme ∥ the head counts (one aggregation)');
  lines.push(
    `cost invites-list-60 requests=${await measure(emulator, () => secretary.ok(listMembers, { branchId, limit: 100, withInvites: true }))}`,
  );
  note('邀请码’s first screen: roles, the count ∥ the page of 60, then the open invites of the 50 unbound in one query');
  await emulator.stop();
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
