import { addDays, localDateOf, localDateToInt, periodOf } from '../../shared/period';
import { seededRandom } from '../seeded-random';
import { bootstrapCommittee } from '../../shared/contracts/org/bootstrap-committee.schema';
import { bindWithCode } from '../../shared/contracts/org/bind-with-code.schema';
import { createInvite } from '../../shared/contracts/org/create-invite.schema';
import { createOrg } from '../../shared/contracts/org/create-org.schema';
import { grantRole } from '../../shared/contracts/org/grant-role.schema';
import { importRoster } from '../../shared/contracts/org/import-roster.schema';
import { listMembers } from '../../shared/contracts/org/list-members.schema';
import { setBranchScheme } from '../../shared/contracts/org/set-branch-scheme.schema';
import { updateMember } from '../../shared/contracts/org/update-member.schema';
import { approveReport } from '../../shared/contracts/reports/approve-report.schema';
import { recordAttendance } from '../../shared/contracts/reports/record-attendance.schema';
import { recordEntry } from '../../shared/contracts/reports/record-entry.schema';
import { rejectReport } from '../../shared/contracts/reports/reject-report.schema';
import { submitReport } from '../../shared/contracts/reports/submit-report.schema';
import { withdrawReport } from '../../shared/contracts/reports/withdraw-report.schema';
import { addItem } from '../../shared/contracts/exchange/add-item.schema';
import { devClient, DevClient } from '../dev-client';
import { DEMO_ADMIN, DEMO_COMMITTEE, DemoPerson, OFFICE, OFFICE_MEMBERS, VILLAGE, VILLAGE_MEMBERS, VILLAGE_POSTS } from './demo-cast';
import { rosterWorkbook } from './roster-file';
import type { SimulatedClock } from './simulated-clock';
import { TINY_PNG } from './tiny-png';

export interface DemoSummary {
  committeeId: string;
  villageId: string;
  officeId: string;
  from: string;
  to: string;
  reports: Record<'pending' | 'approved' | 'rejected' | 'withdrawn', number>;
  meetings: number;
  recorderEntries: number;
  /** Goods on the village's 志愿服务超市 shelf (exchange.addItem by its recorder); absent in data seeded before it. */
  exchangeItems?: number;
}

/** A Shanghai local time on a calendar date. */
const at = (date: string, hour: number, minute = 0) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);

const VILLAGE_DEEDS = [
  '帮助独居老人打扫院子、检查电路',
  '在村口宣传秸秆禁烧和森林防火',
  '夜间治安巡逻两小时',
  '清理村道垃圾和沟渠',
  '走访留守儿童家庭，辅导作业',
  '调解两户邻里的宅基地纠纷',
  '为村民讲解医保缴费政策',
  '组织广场舞活动并维护秩序',
];
/** The village's 志愿服务超市 shelf (seed 000 §6.1, 003: 奖品小到一卷抽纸): name, note, price in points, stock. */
const VILLAGE_SHELF = [
  { name: '抽纸（一提）', note: '三层 100 抽，6 包一提', price: 5, stock: 30 },
  { name: '洗衣液 2 千克', note: null, price: 15, stock: 12 },
  { name: '大米 5 千克', note: '本村合作社新米', price: 30, stock: 8 },
];
const OFFICE_WORK = [
  '走访网格内 6 户居民，记录诉求',
  '参加“文明交通”志愿服务',
  '撰写支部工作信息一篇，被局网站采用',
  '参加局机关学法专题学习',
  '到结对社区开展政策宣讲',
];

interface Event {
  when: Date;
  run: () => Promise<void>;
}

/**
 * Seeds the demo through the real actions, as real callers on the development gateway: a committee
 * with a village branch (scheme 001) and an office branch (scheme 002), 30 members from two roster
 * files, invite-code binding, officers, then a quarter of reports in every state, meetings and recorder
 * entries, each at the simulated time it happens. `headers` go with every call (npm start's gate key:
 * nobody else reaches the functions while their clock plays the past).
 */
export async function seedDemo(
  url: string,
  clock: SimulatedClock,
  bootstrapCode: string,
  headers: Record<string, string> = {},
): Promise<DemoSummary> {
  const today = localDateOf(clock.now());
  // The quarter: this month and the two before it.
  const previousMonthStart = (date: string) => periodOf('month', addDays(periodOf('month', date).start, -1)).start;
  const from = previousMonthStart(previousMonthStart(today));
  const client = (openid: string) => devClient(url, openid, { headers });
  const admin = client(DEMO_ADMIN.openid);
  const rnd = seededRandom(2026);
  let keySeq = 0;
  const key = () => `demo-seed-${String(++keySeq).padStart(5, '0')}`;

  clock.set(at(addDays(from, -1), 9));
  const { committeeId } = await admin.ok(bootstrapCommittee, {
    code: bootstrapCode,
    committeeName: DEMO_COMMITTEE,
    adminName: DEMO_ADMIN.name,
  });
  const { orgId: villageId } = await admin.ok(createOrg, { parentId: committeeId, kind: 'branch', name: VILLAGE.name });
  const { orgId: officeId } = await admin.ok(createOrg, { parentId: committeeId, kind: 'branch', name: OFFICE.name });
  for (const group of VILLAGE.groups) await admin.ok(createOrg, { parentId: villageId, kind: 'group', name: group });
  // The branches adopt the product at the start of the quarter: scoring starts there.
  for (const year of new Set([Number(from.slice(0, 4)), Number(today.slice(0, 4))])) {
    const scoringFrom = year === Number(from.slice(0, 4)) ? from : `${year}-01-01`;
    await admin.ok(setBranchScheme, { branchId: villageId, year, scheme: { preset: VILLAGE.preset }, scoringFrom });
    await admin.ok(setBranchScheme, { branchId: officeId, year, scheme: { preset: OFFICE.preset }, scoringFrom });
  }

  // Rosters: the committee's 组织办 imports both branches' 党员名册 files.
  const ids = new Map<string, string>();
  for (const [branchId, people, file] of [
    [villageId, VILLAGE_MEMBERS, 'village'],
    [officeId, OFFICE_MEMBERS, 'office'],
  ] as const) {
    const fileId = await admin.upload(
      `imports/${file}-roster.xlsx`,
      await rosterWorkbook(people),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await admin.ok(importRoster, { branchId, fileId });
    const listed = await admin.ok(listMembers, { branchId, offset: 0, limit: 100 });
    for (const person of people) {
      const found = listed.members.find((m) => m.name === person.name && m.birthDate === person.birthDate);
      if (!found) throw new Error(`seed: ${person.name} not imported`);
      ids.set(person.openid, found.memberId);
    }
  }
  const idOf = (p: DemoPerson) => ids.get(p.openid)!;

  // Every member but the unbound ones binds WeChat with an invite code from the 组织办.
  for (const person of [...VILLAGE_MEMBERS, ...OFFICE_MEMBERS].filter((p) => !p.unbound)) {
    const { code } = await admin.ok(createInvite, { memberId: idOf(person) });
    await client(person.openid).ok(bindWithCode, { code });
  }
  const [vSec, vRec] = VILLAGE_MEMBERS;
  const [oSec, oRec] = OFFICE_MEMBERS;
  await admin.ok(grantRole, { orgId: villageId, memberId: idOf(vSec), role: 'secretary', title: '书记' });
  await admin.ok(grantRole, { orgId: officeId, memberId: idOf(oSec), role: 'secretary', title: '书记' });
  await client(vSec.openid).ok(grantRole, { orgId: villageId, memberId: idOf(vRec), role: 'recorder', title: '记分员' });
  await client(oSec.openid).ok(grantRole, { orgId: officeId, memberId: idOf(oRec), role: 'recorder', title: '记分员' });
  for (const [i, person] of VILLAGE_MEMBERS.entries()) {
    await client(vSec.openid).ok(updateMember, { memberId: idOf(person), changes: { posts: VILLAGE_POSTS[i] } });
  }

  // The village's recorder stocks the 志愿服务超市 shelf: members spend their points there (exchange).
  for (const goods of VILLAGE_SHELF)
    await client(vRec.openid).ok(addItem, { orgId: villageId, ...goods, picture: null, idempotencyKey: key() });

  // The quarter's story, as dated events.
  const events: Event[] = [];
  const counts = { pending: 0, approved: 0, rejected: 0, withdrawn: 0 };
  let meetings = 0;
  let recorderEntries = 0;
  const todayInt = localDateToInt(today);
  const happened = (date: string) => localDateToInt(date) <= todayInt;
  const reviewerFor = (person: DemoPerson, recorder: DemoPerson, secretary: DemoPerson) =>
    person.openid === recorder.openid ? secretary : recorder;
  type Attendance = { memberId: string; outcome: 'present' | 'leave' | 'late' | 'absent' }[];
  /** The recorder records the meeting; the recorder's own line is recorded by the secretary (officers never score themselves). */
  const recordMeeting = async (
    branchId: string,
    meetingType: string,
    date: string,
    title: string,
    attendance: Attendance,
    recorder: DemoPerson,
    secretary: DemoPerson,
  ) => {
    const own = attendance.filter((row) => row.memberId === idOf(recorder));
    await client(recorder.openid).ok(recordAttendance, {
      branchId,
      meetingType,
      date,
      title,
      attendance: attendance.filter((row) => !own.includes(row)),
      idempotencyKey: key(),
    });
    if (own.length > 0)
      await client(secretary.openid).ok(recordAttendance, { branchId, meetingType, date, title, attendance: own, idempotencyKey: key() });
  };

  const report = (
    person: DemoPerson,
    date: string,
    fields: { itemCode: string; description: string; points?: number; level?: string; post?: string; photo?: boolean },
    review: { recorder: DemoPerson; secretary: DemoPerson },
  ) => {
    if (!happened(date)) return;
    const member = client(person.openid);
    const idempotencyKey = key();
    let reportId = '';
    const roll = rnd();
    const reviewDate = addDays(date, 1 + Math.floor(rnd() * 2));
    const approvedPoints = fields.points;
    events.push({
      when: at(date, 20, Math.floor(rnd() * 50)),
      run: async () => {
        const photos = fields.photo ? [await member.upload(`reports/${person.openid}/${idempotencyKey}.png`, TINY_PNG, 'image/png')] : [];
        const submitted = await member.ok(submitReport, {
          itemCode: fields.itemCode,
          date,
          description: fields.description,
          photos,
          ...(fields.level ? { level: fields.level } : {}),
          ...(fields.post ? { post: fields.post } : {}),
          ...(fields.points !== undefined ? { points: fields.points } : {}),
          idempotencyKey,
        });
        reportId = submitted.reportId;
      },
    });
    if (roll < 0.06) {
      events.push({ when: at(date, 21, 30), run: async () => void (await member.ok(withdrawReport, { reportId }), counts.withdrawn++) });
      return;
    }
    if (!happened(reviewDate) || rnd() < 0.04) {
      counts.pending++;
      return;
    }
    const reviewer = client(reviewerFor(person, review.recorder, review.secretary).openid);
    events.push({
      when: at(reviewDate, 10, Math.floor(rnd() * 50)),
      run: async () => {
        if (roll < 0.16) {
          await reviewer.ok(rejectReport, { reportId, reason: '佐证材料不足，请补充活动照片或签到表后重新申报' });
          counts.rejected++;
        } else {
          await reviewer.ok(approveReport, {
            reportId,
            ...(approvedPoints !== undefined ? { points: approvedPoints } : {}),
            ...(fields.level ? { level: fields.level } : {}),
          });
          counts.approved++;
        }
      },
    });
  };

  const months: string[] = [];
  for (let d = from; localDateToInt(d) <= todayInt; d = addDays(periodOf('month', d).end, 1)) months.push(periodOf('month', d).start);

  for (const start of months) {
    const day = (n: number) => `${start.slice(0, 8)}${String(n).padStart(2, '0')}`;
    // 青石村 (001): volunteer-post reports, a bonus now and then, 主题党日 and study attendance, dues.
    VILLAGE_MEMBERS.forEach((person, i) => {
      if (person.unbound) return;
      for (let r = 0; r < 2; r++) {
        const post = VILLAGE_POSTS[i][r];
        const item = ['posts.deed', 'posts.perform', 'posts.claim'][Math.floor(rnd() * 3)];
        report(
          person,
          day(3 + Math.floor(rnd() * 22)),
          {
            itemCode: item,
            post,
            points: 5 + Math.floor(rnd() * 11) / 2,
            description: VILLAGE_DEEDS[Math.floor(rnd() * VILLAGE_DEEDS.length)],
            photo: rnd() < 0.5,
          },
          { recorder: vRec, secretary: vSec },
        );
      }
      if (rnd() < 0.12)
        report(
          person,
          day(15),
          { itemCode: 'bonus.honor', level: 'county', description: '获评县级“优秀志愿者”', photo: true },
          { recorder: vRec, secretary: vSec },
        );
    });
    for (const [meetingType, n, title] of [
      ['orgLife', 8, '主题党日'],
      ['study', 18, '集中学习'],
    ] as const) {
      const date = day(n);
      if (!happened(date)) continue;
      const attendance = VILLAGE_MEMBERS.map((p) => ({
        memberId: idOf(p),
        outcome: (rnd() < 0.82 ? 'present' : rnd() < 0.5 ? 'leave' : rnd() < 0.5 ? 'late' : 'absent') as
          'present' | 'leave' | 'late' | 'absent',
      }));
      events.push({
        when: at(date, 19),
        run: async () =>
          void (await recordMeeting(villageId, meetingType, date, `${start.slice(5, 7)}月${title}`, attendance, vRec, vSec), meetings++),
      });
    }
    for (const person of [VILLAGE_MEMBERS[4], VILLAGE_MEMBERS[8]]) {
      const date = day(26);
      if (happened(date) && rnd() < 0.7) {
        events.push({
          when: at(date, 16),
          run: async () =>
            void (
              await client(vRec.openid).ok(recordEntry, {
                branchId: villageId,
                memberId: idOf(person),
                itemCode: 'duties.dues.late',
                date,
                reason: '本月党费逾期缴纳',
                idempotencyKey: key(),
              }),
              recorderEntries++
            ),
        });
      }
    }

    // 镇机关事务中心 (002): 特色 reports, meetings worth points, 学习强国 logins.
    OFFICE_MEMBERS.forEach((person) => {
      if (person.unbound) return;
      report(
        person,
        day(4 + Math.floor(rnd() * 20)),
        { itemCode: 'featured.grid.visit', points: 2 + Math.floor(rnd() * 4), description: OFFICE_WORK[0] },
        { recorder: oRec, secretary: oSec },
      );
      report(
        person,
        day(6 + Math.floor(rnd() * 18)),
        { itemCode: 'featured.volunteer.activity', points: 3 + Math.floor(rnd() * 3), description: OFFICE_WORK[1], photo: rnd() < 0.6 },
        { recorder: oRec, secretary: oSec },
      );
      if (rnd() < 0.5)
        report(
          person,
          day(10 + Math.floor(rnd() * 10)),
          { itemCode: 'politicalStudy.other', description: OFFICE_WORK[3] },
          { recorder: oRec, secretary: oSec },
        );
    });
    for (const [meetingType, n, title] of [
      ['studySession', 5, '集中学习'],
      ['partyDay', 12, '主题党日'],
      ['groupMeeting', 20, '党小组会'],
    ] as const) {
      const date = day(n);
      if (!happened(date)) continue;
      const attendance = OFFICE_MEMBERS.map((p) => ({
        memberId: idOf(p),
        outcome: (rnd() < 0.88 ? 'present' : 'leave') as 'present' | 'leave',
      }));
      events.push({
        when: at(date, 17),
        run: async () =>
          void (await recordMeeting(officeId, meetingType, date, `${start.slice(5, 7)}月${title}`, attendance, oRec, oSec), meetings++),
      });
    }
    const lastDay = periodOf('month', start).end;
    const loginDate = happened(lastDay) ? lastDay : today;
    for (const person of OFFICE_MEMBERS.slice(2, 6)) {
      events.push({
        when: at(loginDate, 18),
        run: async () =>
          void (
            await client(oRec.openid).ok(recordEntry, {
              branchId: officeId,
              memberId: idOf(person),
              itemCode: 'politicalStudy.xuexi.missedLogin',
              quantity: 1 + Math.floor(rnd() * 4),
              date: loginDate,
              reason: '学习强国本月未登录天数',
              idempotencyKey: key(),
            }),
            recorderEntries++
          ),
      });
    }
  }

  events.sort((a, b) => a.when.getTime() - b.when.getTime());
  for (const event of events) {
    clock.set(event.when);
    await event.run();
  }
  clock.reset();
  return {
    committeeId,
    villageId,
    officeId,
    from,
    to: today,
    reports: counts,
    meetings,
    recorderEntries,
    exchangeItems: VILLAGE_SHELF.length,
  };
}

export type { DevClient };
