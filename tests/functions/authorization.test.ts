import ExcelJS from 'exceljs';
import { CONTRACTS } from '../../shared/contracts';
import type { Contract } from '../../shared/contracts/define-contract';
import { findPreset } from '../../shared/scheme';
import { bootstrapCommittee } from '../../shared/contracts/org/bootstrap-committee.schema';
import { createRoleInvite } from '../../shared/contracts/org/create-role-invite.schema';
import { addMember } from '../../shared/contracts/org/add-member.schema';
import { bindWithCode } from '../../shared/contracts/org/bind-with-code.schema';
import { createInvite } from '../../shared/contracts/org/create-invite.schema';
import { setBranchScheme } from '../../shared/contracts/org/set-branch-scheme.schema';
import { proposeGrades } from '../../shared/contracts/year/propose-grades.schema';
import { adjustEntry } from '../../shared/contracts/reports/adjust-entry.schema';
import { approveReport } from '../../shared/contracts/reports/approve-report.schema';
import { approveReports } from '../../shared/contracts/reports/approve-reports.schema';
import { recordAttendance } from '../../shared/contracts/reports/record-attendance.schema';
import { recordEntry } from '../../shared/contracts/reports/record-entry.schema';
import { rejectReport } from '../../shared/contracts/reports/reject-report.schema';
import { submitReport } from '../../shared/contracts/reports/submit-report.schema';
import { fileAppeal } from '../../shared/contracts/publications/file-appeal.schema';
import { publishPeriod } from '../../shared/contracts/publications/publish-period.schema';
import { addItem } from '../../shared/contracts/exchange/add-item.schema';
import { redeem } from '../../shared/contracts/exchange/redeem.schema';
import { addDays, periodOf } from '../../shared/period';
import { cloudbaseApp } from '../../server/db/cloudbase';
import { roleRefOf } from '../../server/roles/role-ref';
import { useBackend } from '../support/backend';
import { aMemberDoc, PEOPLE } from '../support/world';

/** The callers of the table: each column of the issue, plus a call without any WeChat identity. */
const PERSONAS = {
  anonymous: null,
  stranger: PEOPLE.stranger,
  member: PEOPLE.memberA,
  otherMember: PEOPLE.memberB,
  recorder: PEOPLE.recorderA,
  secretary: PEOPLE.secretaryA,
  otherSecretary: PEOPLE.secretaryB,
  admin: PEOPLE.admin,
} as const;
type Persona = keyof typeof PERSONAS;
type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** Who may do what to branch A's things. Everyone else: FORBIDDEN; no identity at all: UNAUTHENTICATED. */
function allowed(...personas: Persona[]): Record<Persona, Outcome> {
  const row = Object.fromEntries(Object.keys(PERSONAS).map((p) => [p, personas.includes(p as Persona) ? 'ok' : 'FORBIDDEN'])) as Record<
    Persona,
    Outcome
  >;
  row.anonymous = 'UNAUTHENTICATED';
  return row;
}

/** One subscription-message template configured (as a deployment's environment does), for notices.recordConsent. */
const AUTHZ_TEMPLATE = 'tmpl-authz-reviewed';
process.env['NOTICE_TEMPLATE_REPORT_REVIEWED'] = AUTHZ_TEMPLATE;

const backend = useBackend({ world: true });
let seq = 0;
const next = () => ++seq;
const key = () => `authz-${String(next()).padStart(6, '0')}`;

/** A fresh pending report of member A in branch A, submitted through the real action. */
async function pendingReport(): Promise<string> {
  return (
    await backend
      .as(PEOPLE.memberA)
      .ok(submitReport, { itemCode: 'bonus.economy', date: backend.world.today, description: '带动村民务工', idempotencyKey: key() })
  ).reportId;
}

async function rosterFile(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('党员名册');
  sheet.addRow(['姓名', '性别', '出生日期', '入党日期', '党员状态', '类别']);
  sheet.addRow([`导入党员${next()}`, '女', '1980-02-02', '2005-07-01', '正式', '自管']);
  const upload = await cloudbaseApp().uploadFile({
    cloudPath: `imports/authz-${next()}.xlsx`,
    fileContent: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  return upload.fileID;
}

/** Last month's key: a period that is over, so it may be published. */
const LAST_MONTH = () => periodOf('month', addDays(periodOf('month', backend.world.today).start, -1)).key;

/** Branch A's publication of last month, published (once) by its secretary. */
async function openPublication(): Promise<string> {
  return (await backend.as(PEOPLE.secretaryA).ok(publishPeriod, { branchId: 'bA', period: LAST_MONTH() })).publication.publicationId;
}

/** A publication of branch A whose window has ended (published, then its window moved into the past). */
async function closedWindowPublication(): Promise<string> {
  const period = periodOf('month', addDays(periodOf('month', LAST_MONTH() + '-01').start, -1)).key;
  const { publication } = await backend.as(PEOPLE.secretaryA).ok(publishPeriod, { branchId: 'bA', period });
  const past = new Date(Date.now() - 24 * 3600 * 1000);
  await backend.db.collection('publications').doc(publication.publicationId).update({ windowEndsAt: past, appealsUntil: past });
  return publication.publicationId;
}

/** A fresh appeal of member A against last month's publication. */
async function appealOfMemberA(): Promise<string> {
  return (
    await backend
      .as(PEOPLE.memberA)
      .ok(fileAppeal, { publicationId: await openPublication(), reason: '我的分数少记了一次', idempotencyKey: key() })
  ).appealId;
}

/** An item of branch A's exchange catalogue (0.01 points, plenty of stock); member A gets a 100-point ledger line once, to spend on them. */
let exchangeCredited = false;
async function exchangeItemOfA(): Promise<string> {
  if (!exchangeCredited) {
    exchangeCredited = true;
    const { today, year } = backend.world;
    await backend.db.collection('ledger').add({
      sourceKey: `authz-exchange:${next()}`,
      branchId: 'bA',
      memberId: 'mA1',
      year,
      period: periodOf('month', today).key,
      date: today,
      itemCode: 'bonus.economy',
      itemName: '带领群众发展经济',
      points: null,
      level: null,
      quantity: null,
      post: null,
      baseCenti: 10000,
      actor: { openid: PEOPLE.recorderA, role: 'recorder' },
      at: new Date(),
      reason: '兑换测试用记录',
      source: 'recorder',
      reportId: null,
      meetingId: null,
      reverses: null,
    });
  }
  const item = { orgId: 'bA', name: `兑换物品${next()}`, price: 0.01, stock: 1000, idempotencyKey: key() };
  return (await backend.as(PEOPLE.secretaryA).ok(addItem, item)).itemId;
}

/** A fresh redemption of member A, awaiting hand-over. */
async function redemptionOfA(): Promise<string> {
  const request = { memberId: 'mA1', itemId: await exchangeItemOfA(), price: 0.01, idempotencyKey: key() };
  return (await backend.as(PEOPLE.memberA).ok(redeem, request)).redemption.redemptionId;
}

/** A past year of branch A, pinned to scheme 001 through the real action: a fresh one each call (it may be proposed once). */
let pastYear = 2000;
async function freshPastYearOfA(): Promise<number> {
  pastYear += 1;
  await backend.as(PEOPLE.admin).ok(setBranchScheme, { branchId: 'bA', year: pastYear, scheme: { preset: '001-xishui-town' } });
  return pastYear;
}

/** Every action, with a request aimed at branch A (prepared fresh for each caller) and who may make it. */
const TABLE: Record<string, { prepare: () => Promise<unknown>; expect: Record<Persona, Outcome> }> = {
  'org.bootstrapCommittee': {
    prepare: async () => ({ code: 'not-the-code-123', committeeName: '另一个党委', adminName: '某人' }),
    expect: { ...allowed(), anonymous: 'UNAUTHENTICATED' },
  },
  'org.myProfile': {
    prepare: async () => ({}),
    expect: allowed('stranger', 'member', 'otherMember', 'recorder', 'secretary', 'otherSecretary', 'admin'),
  },
  'org.createOrg': {
    prepare: async () => ({ parentId: 'bA', kind: 'group', name: `测试小组${next()}` }),
    expect: allowed('secretary', 'admin'),
  },
  'org.listOrgs': { prepare: async () => ({ rootId: 'bA' }), expect: allowed('recorder', 'secretary', 'admin') },
  'org.listSchemes': { prepare: async () => ({ committeeId: 'c1' }), expect: allowed('admin') },
  'org.saveCustomScheme': {
    prepare: async () => ({ committeeId: 'c1', scheme: { ...findPreset('001')!, id: 'authz-rules', version: next() } }),
    expect: allowed('admin'),
  },
  'org.setBranchScheme': {
    prepare: async () => ({ branchId: 'bA', year: backend.world.year + 5, scheme: { preset: '001-xishui-town' } }),
    expect: allowed('admin'),
  },
  'org.grantRole': {
    prepare: async () => ({ orgId: 'bA', memberId: 'mA2', role: 'recorder', title: '记分员' }),
    expect: allowed('secretary', 'admin'),
  },
  'org.revokeRole': {
    prepare: async () => {
      const openid = `o-temp-${next()}`;
      await backend.db
        .collection('roles')
        .doc(`${openid}:bA:recorder`)
        .set({ openid, orgId: 'bA', role: 'recorder', grantedBy: PEOPLE.admin, grantedAt: new Date() });
      return { orgId: 'bA', roleRef: roleRefOf(openid, 'bA', 'recorder') };
    },
    expect: allowed('secretary', 'admin'),
  },
  'org.listRoles': { prepare: async () => ({ orgId: 'bA' }), expect: allowed('secretary', 'admin') },
  'org.createInvite': { prepare: async () => ({ memberId: 'mA3' }), expect: allowed('secretary', 'admin') },
  'org.createRoleInvite': { prepare: async () => ({ orgId: 'bA', role: 'recorder' }), expect: allowed('secretary', 'admin') },
  'org.bindWithCode': {
    // A code for a role in another branch: any signed-in person may redeem a code they were given.
    prepare: async () => ({ code: (await backend.as(PEOPLE.admin).ok(createRoleInvite, { orgId: 'bZ', role: 'recorder' })).code }),
    expect: allowed('stranger', 'member', 'otherMember', 'recorder', 'secretary', 'otherSecretary', 'admin'),
  },
  'org.importRoster': { prepare: async () => ({ branchId: 'bA', fileId: await rosterFile() }), expect: allowed('secretary', 'admin') },
  'org.addMember': {
    prepare: async () => ({
      branchId: 'bA',
      name: `新增党员${next()}`,
      gender: 'male',
      birthDate: '1985-01-01',
      joinDate: '2010-07-01',
      status: 'full',
      category: 'selfManaged',
    }),
    expect: allowed('secretary', 'admin'),
  },
  'org.updateMember': {
    prepare: async () => ({ memberId: 'mA2', changes: { phone: '13900000000' } }),
    expect: allowed('secretary', 'admin'),
  },
  'org.setMemberExempt': { prepare: async () => ({ memberId: 'mA3', exempt: null }), expect: allowed('secretary') },
  'org.moveMember': {
    prepare: async () => ({
      memberId: (
        await backend.as(PEOPLE.secretaryA).ok(addMember, {
          branchId: 'bA',
          name: `调动党员${next()}`,
          gender: 'female',
          birthDate: '1979-09-09',
          joinDate: '2001-07-01',
          status: 'full',
          category: 'selfManaged',
        })
      ).memberId,
      toBranchId: 'bB',
    }),
    expect: allowed('admin'),
  },
  'org.unbindMember': {
    // A fresh member of branch A bound to a WeChat of their own (nobody in the table unbinds themselves).
    prepare: async () => {
      const { memberId } = await backend.as(PEOPLE.secretaryA).ok(addMember, {
        branchId: 'bA',
        name: `换微信党员${next()}`,
        gender: 'male',
        birthDate: '1966-06-06',
        joinDate: '1992-07-01',
        status: 'full',
        category: 'selfManaged',
      });
      await backend
        .as(`o-rebind-${next()}`)
        .ok(bindWithCode, { code: (await backend.as(PEOPLE.secretaryA).ok(createInvite, { memberId })).code });
      return { memberId };
    },
    expect: allowed('secretary', 'admin'),
  },
  'org.listMembers': { prepare: async () => ({ branchId: 'bA' }), expect: allowed('recorder', 'secretary', 'admin') },
  'reports.submitReport': {
    prepare: async () => ({
      memberId: 'mA1',
      itemCode: 'bonus.economy',
      date: backend.world.today,
      description: '带动务工',
      idempotencyKey: key(),
    }),
    expect: allowed('member'),
  },
  'reports.withdrawReport': { prepare: async () => ({ reportId: await pendingReport() }), expect: allowed('member') },
  'reports.listMyReports': { prepare: async () => ({ memberId: 'mA1' }), expect: allowed('member') },
  'reports.reviewQueue': { prepare: async () => ({ branchId: 'bA' }), expect: allowed('recorder', 'secretary', 'admin') },
  'reports.approveReport': { prepare: async () => ({ reportId: await pendingReport() }), expect: allowed('recorder', 'secretary') },
  'reports.rejectReport': {
    prepare: async () => ({ reportId: await pendingReport(), reason: '佐证不足' }),
    expect: allowed('recorder', 'secretary'),
  },
  'reports.adjustEntry': {
    prepare: async () => ({
      entryId: (
        await backend.as(PEOPLE.recorderA).ok(recordEntry, {
          branchId: 'bA',
          memberId: 'mA2',
          itemCode: 'duties.study.absent',
          date: backend.world.today,
          reason: '缺席学习',
          idempotencyKey: key(),
        })
      ).entryId,
      cancel: true,
      reason: '当天请过假，改正',
    }),
    expect: allowed('recorder', 'secretary'),
  },
  'reports.recordEntry': {
    prepare: async () => ({
      branchId: 'bA',
      memberId: 'mA2',
      itemCode: 'duties.dues.late',
      date: backend.world.today,
      reason: '党费逾期',
      idempotencyKey: key(),
    }),
    expect: allowed('recorder', 'secretary'),
  },
  'reports.recordAttendance': {
    prepare: async () => ({
      branchId: 'bA',
      meetingType: 'orgLife',
      date: backend.world.today,
      attendance: [
        { memberId: 'mA1', outcome: 'present' },
        { memberId: 'mA2', outcome: 'late' },
      ],
      idempotencyKey: key(),
    }),
    expect: allowed('recorder', 'secretary'),
  },
  'home.memberHome': { prepare: async () => ({ memberId: 'mA1' }), expect: allowed('member') },
  'home.secretaryHome': { prepare: async () => ({ branchId: 'bA' }), expect: allowed('recorder', 'secretary', 'admin') },
  'home.memberLedger': {
    prepare: async () => ({ memberId: 'mA1', year: backend.world.year }),
    expect: allowed('member', 'recorder', 'secretary'),
  },
  'home.committeeSummary': { prepare: async () => ({ committeeId: 'c1' }), expect: allowed('admin') },
  'publications.draftPublication': {
    prepare: async () => ({ branchId: 'bA', period: LAST_MONTH() }),
    expect: allowed('recorder', 'secretary', 'admin'),
  },
  'publications.publishPeriod': { prepare: async () => ({ branchId: 'bA', period: LAST_MONTH() }), expect: allowed('secretary') },
  'publications.listPublications': {
    prepare: async () => ({ branchId: 'bA', year: backend.world.year }),
    expect: allowed('member', 'recorder', 'secretary', 'admin'),
  },
  'publications.publicationBoard': {
    prepare: async () => ({ publicationId: await openPublication() }),
    expect: allowed('member', 'recorder', 'secretary', 'admin'),
  },
  'publications.finalizePublication': {
    prepare: async () => ({ publicationId: await closedWindowPublication() }),
    expect: allowed('secretary', 'admin'),
  },
  'publications.fileAppeal': {
    prepare: async () => ({ publicationId: await openPublication(), reason: '我的分数少记了一次', idempotencyKey: key() }),
    // Branch A's secretary and recorder are members of the branch here (mAsec, mArec): they appeal their own row like anyone.
    expect: allowed('member', 'recorder', 'secretary'),
  },
  'publications.answerAppeal': {
    prepare: async () => ({ appealId: await appealOfMemberA(), decision: 'reject', answer: '经核实无误' }),
    expect: allowed('secretary', 'admin'),
  },
  'publications.appealQueue': { prepare: async () => ({ branchId: 'bA' }), expect: allowed('recorder', 'secretary', 'admin') },
  'publications.confirmPeriod': {
    prepare: async () => ({ publicationId: await openPublication() }),
    expect: allowed('member', 'recorder', 'secretary'),
  },
  'publications.verifySeals': { prepare: async () => ({ branchId: 'bA' }), expect: allowed('admin') },
  'publications.setBoardSettings': {
    prepare: async () => ({ branchId: 'bA', year: backend.world.year, showRanking: false }),
    expect: allowed('secretary', 'admin'),
  },
  'year.saveReviews': {
    prepare: async () => ({ branchId: 'bA', year: backend.world.year, results: [{ memberId: 'mA2', grade: 'qualified' }] }),
    expect: allowed('secretary', 'admin'),
  },
  'year.yearTable': {
    prepare: async () => ({ branchId: 'bA', year: backend.world.year }),
    expect: allowed('recorder', 'secretary', 'admin'),
  },
  'year.proposeGrades': { prepare: async () => ({ branchId: 'bA', year: await freshPastYearOfA() }), expect: allowed('secretary') },
  'year.decideGrades': {
    prepare: async () => {
      const year = await freshPastYearOfA();
      await backend.as(PEOPLE.secretaryA).ok(proposeGrades, { branchId: 'bA', year });
      return { branchId: 'bA', year };
    },
    expect: allowed('admin'),
  },
  'year.committeeForm': { prepare: async () => ({ branchId: 'bA', year: backend.world.year }), expect: allowed('secretary', 'admin') },
  'year.myYear': { prepare: async () => ({ memberId: 'mA1', year: backend.world.year }), expect: allowed('member') },
  'reports.reportForm': { prepare: async () => ({ memberId: 'mA1' }), expect: allowed('member') },
  'reports.approveReports': {
    prepare: async () => ({ reportIds: [await pendingReport(), await pendingReport()] }),
    expect: allowed('recorder', 'secretary'),
  },
  'reports.recordingForm': { prepare: async () => ({ branchId: 'bA' }), expect: allowed('recorder', 'secretary') },
  'exchange.catalogue': { prepare: async () => ({ memberId: 'mA1' }), expect: allowed('member') },
  'exchange.redeem': {
    prepare: async () => ({ memberId: 'mA1', itemId: await exchangeItemOfA(), price: 0.01, idempotencyKey: key() }),
    expect: allowed('member'),
  },
  'exchange.myRedemptions': { prepare: async () => ({ memberId: 'mA1' }), expect: allowed('member') },
  'exchange.balanceStatement': { prepare: async () => ({ memberId: 'mA1' }), expect: allowed('member', 'recorder', 'secretary') },
  'exchange.listItems': { prepare: async () => ({ orgId: 'bA' }), expect: allowed('recorder', 'secretary', 'admin') },
  'exchange.addItem': {
    prepare: async () => ({ orgId: 'bA', name: `兑换物品${next()}`, price: 1, stock: 5, idempotencyKey: key() }),
    expect: allowed('recorder', 'secretary', 'admin'),
  },
  'exchange.editItem': {
    prepare: async () => ({ itemId: await exchangeItemOfA(), name: '改过名的物品', price: 0.02 }),
    expect: allowed('recorder', 'secretary', 'admin'),
  },
  'exchange.retireItem': { prepare: async () => ({ itemId: await exchangeItemOfA() }), expect: allowed('recorder', 'secretary', 'admin') },
  'exchange.restockItem': {
    prepare: async () => ({ itemId: await exchangeItemOfA(), change: 3, idempotencyKey: key() }),
    expect: allowed('recorder', 'secretary', 'admin'),
  },
  'exchange.handOverQueue': { prepare: async () => ({ branchId: 'bA' }), expect: allowed('recorder', 'secretary', 'admin') },
  // Handed over by an officer of the member's branch (or the committee above), never by the member.
  'exchange.markHandedOver': {
    prepare: async () => ({ redemptionIds: [await redemptionOfA()] }),
    expect: allowed('recorder', 'secretary', 'admin'),
  },
  // Anyone signed in keeps their own subscriptions; a branch's undelivered notices are for its officers.
  'notices.mySubscriptions': {
    prepare: async () => ({}),
    expect: allowed('stranger', 'member', 'otherMember', 'recorder', 'secretary', 'otherSecretary', 'admin'),
  },
  'notices.recordConsent': {
    prepare: async () => ({ answers: { [AUTHZ_TEMPLATE]: 'accept' } }),
    expect: allowed('stranger', 'member', 'otherMember', 'recorder', 'secretary', 'otherSecretary', 'admin'),
  },
  'notices.failedNotices': { prepare: async () => ({ branchId: 'bA' }), expect: allowed('recorder', 'secretary', 'admin') },
  // A member exports only their own 表A; the branch's tables are for its officers and the committee admins above it.
  'exports.recordForm': {
    prepare: async () => ({ memberId: 'mA1', year: backend.world.year }),
    expect: allowed('member', 'recorder', 'secretary', 'admin'),
  },
  'exports.yearForm': {
    prepare: async () => ({ branchId: 'bA', year: backend.world.year }),
    expect: allowed('recorder', 'secretary', 'admin'),
  },
  'exports.approvalForm': {
    prepare: async () => {
      const year = await freshPastYearOfA();
      await backend.as(PEOPLE.secretaryA).ok(proposeGrades, { branchId: 'bA', year });
      return { branchId: 'bA', year };
    },
    expect: allowed('secretary', 'admin'),
  },
  'exports.boardForm': {
    prepare: async () => ({ branchId: 'bA', period: String(backend.world.year) }),
    expect: allowed('recorder', 'secretary', 'admin'),
  },
  'exports.summaryForm': { prepare: async () => ({ committeeId: 'c1' }), expect: allowed('admin') },
  'org.branchSettings': { prepare: async () => ({ branchId: 'bA' }), expect: allowed('secretary', 'admin') },
  // Only the member's own appeals: another member's record is NOT_OWN_MEMBER, an officer without it is refused too.
  'publications.myAppeals': { prepare: async () => ({ memberId: 'mA1' }), expect: allowed('member') },
};

const ALL_ACTIONS = Object.entries(CONTRACTS).flatMap(([fn, contracts]) => Object.keys(contracts).map((action) => `${fn}.${action}`));
const contractOf = (name: string) => {
  const [fn, action] = name.split('.');
  return (CONTRACTS as unknown as Record<string, Record<string, Contract>>)[fn][action];
};

describe('authorization: every action × every kind of caller, checked server-side', () => {
  beforeAll(async () => {
    await backend.db
      .collection('orgs')
      .doc('bZ')
      .set({ kind: 'branch', name: '另一个村党支部', parentId: 'c1', ancestors: ['c1'], createdAt: new Date(), createdBy: PEOPLE.admin });
    // Branch A's secretary and recorder are members of the branch too (the self-entry rows below).
    const now = new Date();
    for (const [id, name, openid] of [
      ['mAsec', '陈书记', PEOPLE.secretaryA],
      ['mArec', '周记分', PEOPLE.recorderA],
    ] as const) {
      const { _id, ...doc } = aMemberDoc({ _id: id, branchId: 'bA', name, openid, boundAt: now }, now);
      await backend.db.collection('members').doc(_id).set(doc);
    }
  });

  it('covers every action the functions serve', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...ALL_ACTIONS].sort());
  });

  const cases = Object.entries(TABLE).flatMap(([action, row]) =>
    (Object.keys(PERSONAS) as Persona[]).map((persona) => [action, persona, row.expect[persona]] as const),
  );
  it.each(cases)('%s as %s → %s', async (action, persona, outcome) => {
    const data = await TABLE[action].prepare();
    const reply = await backend.as(PERSONAS[persona]).call(contractOf(action), data as never);
    if (outcome === 'ok') expect(reply).toMatchObject({ ok: true });
    else expect(reply).toMatchObject({ ok: false, code: outcome });
  });

  /**
   * Officers who are members of the branch: every path that writes or changes points for a member is
   * refused for the officer's own record (FORBIDDEN SELF_REVIEW / SELF_ENTRY) and open to the other officer.
   */
  const entryOf = async (memberId: string, by: string) =>
    (
      await backend.as(by).ok(recordEntry, {
        branchId: 'bA',
        memberId,
        itemCode: 'duties.study.absent',
        date: backend.world.today,
        reason: '缺席学习',
        idempotencyKey: key(),
      })
    ).entryId;
  const reportOf = async (openid: string, memberId: string) =>
    (
      await backend.as(openid).ok(submitReport, {
        memberId,
        itemCode: 'bonus.economy',
        date: backend.world.today,
        description: '带动村民务工',
        idempotencyKey: key(),
      })
    ).reportId;
  const SELF_TABLE: Array<[string, 'recorder' | 'secretary', string, string, () => Promise<[Contract, unknown]>]> = [
    [
      'reports.recordEntry',
      'recorder',
      'own',
      'SELF_ENTRY',
      async () => [
        recordEntry,
        {
          branchId: 'bA',
          memberId: 'mArec',
          itemCode: 'duties.dues.late',
          date: backend.world.today,
          reason: '党费逾期',
          idempotencyKey: key(),
        },
      ],
    ],
    [
      'reports.recordEntry',
      'secretary',
      'own',
      'SELF_ENTRY',
      async () => [
        recordEntry,
        {
          branchId: 'bA',
          memberId: 'mAsec',
          itemCode: 'duties.dues.late',
          date: backend.world.today,
          reason: '党费逾期',
          idempotencyKey: key(),
        },
      ],
    ],
    [
      'reports.recordEntry',
      'secretary',
      "fellow officer's",
      'ok',
      async () => [
        recordEntry,
        {
          branchId: 'bA',
          memberId: 'mArec',
          itemCode: 'duties.dues.late',
          date: backend.world.today,
          reason: '党费逾期',
          idempotencyKey: key(),
        },
      ],
    ],
    [
      'reports.adjustEntry',
      'recorder',
      'own',
      'SELF_ENTRY',
      async () => [adjustEntry, { entryId: await entryOf('mArec', PEOPLE.secretaryA), cancel: true, reason: '改正' }],
    ],
    [
      'reports.adjustEntry',
      'secretary',
      'own',
      'SELF_ENTRY',
      async () => [adjustEntry, { entryId: await entryOf('mAsec', PEOPLE.recorderA), cancel: true, reason: '改正' }],
    ],
    [
      'reports.adjustEntry',
      'recorder',
      "fellow officer's",
      'ok',
      async () => [adjustEntry, { entryId: await entryOf('mAsec', PEOPLE.recorderA), cancel: true, reason: '改正' }],
    ],
    [
      'reports.recordAttendance',
      'recorder',
      'own',
      'SELF_ENTRY',
      async () => [
        recordAttendance,
        {
          branchId: 'bA',
          meetingType: 'orgLife',
          date: backend.world.today,
          attendance: [{ memberId: 'mArec', outcome: 'late' }],
          idempotencyKey: key(),
        },
      ],
    ],
    [
      'reports.recordAttendance',
      'secretary',
      'own',
      'SELF_ENTRY',
      async () => [
        recordAttendance,
        {
          branchId: 'bA',
          meetingType: 'orgLife',
          date: backend.world.today,
          attendance: [{ memberId: 'mAsec', outcome: 'late' }],
          idempotencyKey: key(),
        },
      ],
    ],
    [
      'reports.recordAttendance',
      'secretary',
      "fellow officer's",
      'ok',
      async () => [
        recordAttendance,
        {
          branchId: 'bA',
          meetingType: 'orgLife',
          date: backend.world.today,
          attendance: [{ memberId: 'mArec', outcome: 'late' }],
          idempotencyKey: key(),
        },
      ],
    ],
    [
      'reports.approveReport',
      'recorder',
      'own',
      'SELF_REVIEW',
      async () => [approveReport, { reportId: await reportOf(PEOPLE.recorderA, 'mArec') }],
    ],
    [
      'reports.rejectReport',
      'secretary',
      'own',
      'SELF_REVIEW',
      async () => [rejectReport, { reportId: await reportOf(PEOPLE.secretaryA, 'mAsec'), reason: '佐证不足' }],
    ],
    [
      'reports.approveReport',
      'secretary',
      "fellow officer's",
      'ok',
      async () => [approveReport, { reportId: await reportOf(PEOPLE.recorderA, 'mArec') }],
    ],
    [
      'reports.approveReports',
      'recorder',
      'own',
      'SELF_REVIEW',
      async () => [approveReports, { reportIds: [await pendingReport(), await reportOf(PEOPLE.recorderA, 'mArec')] }],
    ],
    [
      'reports.approveReports',
      'secretary',
      "fellow officer's",
      'ok',
      async () => [approveReports, { reportIds: [await pendingReport(), await reportOf(PEOPLE.recorderA, 'mArec')] }],
    ],
  ];
  it.each(SELF_TABLE)('%s by the %s, for the %s record → %s', async (_action, persona, _whose, outcome, prepare) => {
    const [contract, data] = await prepare();
    const reply = await backend.as(PERSONAS[persona]).call(contract, data as never);
    if (outcome === 'ok') expect(reply).toMatchObject({ ok: true });
    else expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: outcome });
  });

  it('bootstrapping is refused for everyone once the environment has no bootstrap code', async () => {
    delete process.env.BOOTSTRAP_CODE;
    expect(
      await backend.as(PEOPLE.admin).call(bootstrapCommittee, { code: 'whatever-code-1', committeeName: '某党委', adminName: '某人' }),
    ).toMatchObject({ reason: 'BOOTSTRAP_DISABLED' });
  });
});
