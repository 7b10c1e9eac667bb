/**
 * npm run demo — drives the whole path through the function gateway as real callers would, against a
 * running `npm start` ($DEMO_URL, default http://127.0.0.1:$EMULATOR_PORT or 8790), and prints what each
 * caller saw. Without a running server it starts its own in memory (seeded the same way) first.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { localDateOf } from '../shared/period';
import { memberHome } from '../shared/contracts/home/member-home.schema';
import { secretaryHome } from '../shared/contracts/home/secretary-home.schema';
import { addMember } from '../shared/contracts/org/add-member.schema';
import { bindWithCode } from '../shared/contracts/org/bind-with-code.schema';
import { createInvite } from '../shared/contracts/org/create-invite.schema';
import { listMembers } from '../shared/contracts/org/list-members.schema';
import { myProfile } from '../shared/contracts/org/my-profile.schema';
import { approveReport } from '../shared/contracts/reports/approve-report.schema';
import { recordAttendance } from '../shared/contracts/reports/record-attendance.schema';
import { rejectReport } from '../shared/contracts/reports/reject-report.schema';
import { reviewQueue } from '../shared/contracts/reports/review-queue.schema';
import { submitReport } from '../shared/contracts/reports/submit-report.schema';
import { devClient } from './dev-client';
import { VILLAGE_MEMBERS } from './demo/demo-cast';
import { TINY_PNG } from './demo/tiny-png';
import { startProduct } from './start';
import { waitForProduct } from './product-readiness';

const key = () => randomBytes(9).toString('hex');

/** The demo script; `say` receives one line per thing a caller did or saw. */
export async function runDemo(url: string, say: (line: string) => void): Promise<{ newMemberId: string; approvedEntryId: string }> {
  const [secretary, recorder] = VILLAGE_MEMBERS;
  const sec = devClient(url, secretary.openid);
  const rec = devClient(url, recorder.openid);
  const today = localDateOf(new Date());

  const profile = await sec.ok(myProfile, {});
  const branch = profile.roles.find((r) => r.role === 'secretary');
  if (!branch) throw new Error(`${secretary.openid} is not a secretary: is this the demo data?`);
  say(`${secretary.name}（书记）登录：${branch.orgName}，角色 ${profile.roles.map((r) => r.title ?? r.role).join('、')}`);

  // 1. A new member joins: the secretary adds them, issues an invite code, the newcomer binds WeChat.
  const stamp = new Date().toISOString().slice(11, 19).replace(/:/g, '');
  const name = `新党员${stamp}`;
  const { memberId } = await sec.ok(addMember, {
    branchId: branch.orgId,
    name,
    gender: 'female',
    birthDate: '1994-05-04',
    joinDate: '2020-07-01',
    status: 'full',
    category: 'selfManaged',
    posts: ['sanitation', 'policyPublicity'],
  });
  const invite = await sec.ok(createInvite, { memberId });
  say(`${secretary.name} 添加党员“${name}”并生成邀请码 ${invite.code}（${invite.expiresAt.slice(0, 10)} 前有效）`);
  const newcomerOpenid = `demo-newcomer-${key().slice(0, 8)}`;
  const newcomer = devClient(url, newcomerOpenid);
  await newcomer.ok(bindWithCode, { code: invite.code });
  const me = await newcomer.ok(myProfile, {});
  say(`新用户用邀请码绑定微信 → 本人身份：${me.members.map((m) => `${m.branchName} ${m.name}`).join('、')}`);

  // 2. The member reports with a photo; the recorder sees it in the queue and approves it.
  const photo = await newcomer.upload(`reports/${newcomerOpenid}/${key()}.png`, TINY_PNG, 'image/png');
  const honour = await newcomer.ok(submitReport, {
    itemCode: 'bonus.honor',
    level: 'town',
    date: today,
    description: '获评镇级“优秀志愿者”称号',
    photos: [photo],
    idempotencyKey: key(),
  });
  say(`${name} 申报“${honour.itemName}”（附 1 张照片）→ 状态：${honour.status === 'pending' ? '待审核' : honour.status}`);
  const queue = await rec.ok(reviewQueue, { branchId: branch.orgId, offset: 0, limit: 100 });
  say(`${recorder.name}（记分员）打开审核队列：${queue.total} 条待审核，其中有 ${name} 的申报`);
  const approved = await rec.ok(approveReport, { reportId: honour.reportId, level: 'town' });
  say(`${recorder.name} 审核通过 → 台账记录 ${approved.entryId}，计 ${approved.report.awardedPoints} 分`);

  // 3. A report without grounds is rejected with a reason.
  const deed = await newcomer.ok(submitReport, {
    itemCode: 'posts.deed',
    post: 'sanitation',
    points: 10,
    date: today,
    description: '打扫了卫生',
    idempotencyKey: key(),
  });
  const rejected = await rec.ok(rejectReport, { reportId: deed.reportId, reason: '请写明为哪户群众办了什么实事，并附照片' });
  say(`${name} 申报“${deed.itemName}” → ${recorder.name} 退回，理由：${rejected.rejectReason}`);

  // 4. The recorder records a meeting's attendance in one step.
  const listed = await rec.ok(listMembers, { branchId: branch.orgId, offset: 0, limit: 100 });
  // Everyone bound but the recorder: an officer's own line is recorded by another officer.
  const attendees = listed.members.filter((m) => m.bound && m.name !== recorder.name).slice(0, 6);
  const outcomes = ['present', 'present', 'late', 'present', 'leave', 'absent'] as const;
  const meeting = await rec.ok(recordAttendance, {
    branchId: branch.orgId,
    meetingType: 'orgLife',
    date: today,
    title: '主题党日（演示）',
    attendance: [
      ...attendees.map((m, i) => ({ memberId: m.memberId, outcome: outcomes[i % outcomes.length] })),
      { memberId, outcome: 'present' as const },
    ],
    idempotencyKey: key(),
  });
  say(
    `${recorder.name} 录入主题党日考勤 ${attendees.length + 1} 人 → 生成 ${meeting.entries.length} 条台账记录（出席不加减分，迟到/请假扣 2 分，缺席扣 5 分）`,
  );

  // 5. What the member and the secretary now see.
  const home = await newcomer.ok(memberHome, {});
  const period = home.currentPeriod;
  say(
    `${name} 的首页：${period?.label ?? ''} ${period?.total ?? 0} 分（${period?.categories.map((c) => `${c.name} ${c.points}`).join('，') ?? ''}）；年度 ${home.yearTotal} 分，${home.stars ?? 0} 星，预估等次 ${home.gradePreview?.name ?? '—'}（未计名额），待审核 ${home.pendingReports} 条`,
  );
  const secHome = await sec.ok(secretaryHome, { branchId: branch.orgId });
  say(
    `${secretary.name} 的首页：待审核 ${secHome.queueSize} 条，${secHome.members} 名党员，本月尚未申报 ${secHome.membersWithoutReportsThisPeriod.length} 人${
      secHome.membersWithoutReportsThisPeriod.length
        ? `（${secHome.membersWithoutReportsThisPeriod
            .slice(0, 4)
            .map((m) => m.name)
            .join('、')}${secHome.membersWithoutReportsThisPeriod.length > 4 ? '…' : ''}）`
        : ''
    }`,
  );
  return { newMemberId: memberId, approvedEntryId: approved.entryId };
}

async function main(): Promise<void> {
  let url = process.env.DEMO_URL ?? `http://127.0.0.1:${process.env.EMULATOR_PORT ?? 8790}`;
  const dataDir = process.env.EMULATOR_DATA ?? join('.data', 'emulator');
  let stop: (() => Promise<void>) | null = null;
  const state = await waitForProduct(url, {
    dataDir,
    onWait: () => console.log(`Waiting for npm start at ${url} to finish seeding the demo…`),
  });
  if (state === 'absent') {
    console.log(`No server at ${url}: starting one in memory with the demo data (npm start keeps one running).`);
    const product = await startProduct({ port: 0 });
    url = product.url;
    stop = product.stop;
  }
  console.log(`Driving ${url} as real callers:\n`);
  await runDemo(url, (line) => console.log(`• ${line}`));
  if (stop) await stop();
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
