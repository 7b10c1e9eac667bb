/**
 * The member's report and records pages in each state (申报, 我的申报, 积分明细), as 张伟 of the village
 * branch: care mode off, and on for the screens members use most.
 */
import { offline, ok, type Reply } from '../support/fake-backend';
import type { ReportDraft } from '../../../miniprogram/services/report-drafts';
import { memberProfile } from '../fixtures/demo';
import { memberLedgerReply, myReports, reportFormReply } from '../fixtures/reports-demo';
import type { Scenario } from './scenarios';

const member = { identity: 'demo-v03', profile: memberProfile };
const REPORT = 'member/report/report';
const RECORDS = 'member/records/records';
const pending = myReports.reports.find((r) => r.status === 'pending')!;
const form: Record<string, Reply> = { 'reports.reportForm': ok(reportFormReply), 'reports.submitReport': ok(pending) };
const kept = { 'reportForm:demo-v03': reportFormReply };
const describe = (value: string) => [
  { event: 'input', on: ['#description'], detail: { value } },
  { event: 'blur', on: ['#description'], detail: { value } },
];
const honor = [
  { tap: ['#item-bonus-honor'] },
  { tap: ['#level-county'] },
  ...describe('获评县级“优秀志愿者”，县里开了表彰会。'),
  { tap: ['#add-photo'] },
];
const economy = [{ tap: ['#item-bonus-economy'] }, ...describe('带村里 5 户人家到县城工业园务工，帮他们办好了入职手续。')];
const photos = [['wxfile://tmp/certificate.jpg', 'wxfile://tmp/ceremony.jpg']];

const draft = (over: Partial<ReportDraft>): ReportDraft => ({
  key: 'screensDraftKey00000001',
  memberId: memberProfile.members[0].memberId,
  photoFolder: 'reports/demo-v03/',
  itemCode: 'bonus.publicWelfare',
  itemName: '公益事业：为村级公益事业作出突出贡献',
  date: '2026-11-20',
  description: '和村民一起修了村东头的水渠。',
  level: null,
  quantity: null,
  post: null,
  photos: [],
  picked: 0,
  status: 'editing',
  problem: '',
  ...over,
});

const base: Scenario[] = [
  { name: 'report-pick', title: '申报：选项目', page: REPORT, ...member, replies: form, state: 'ready' },
  {
    name: 'report-fill',
    title: '申报：填写、照片上传中',
    page: REPORT,
    ...member,
    replies: form,
    state: 'ready',
    picked: photos,
    prepare: (backend) => {
      const upload = backend.holdNextUpload();
      void upload.started.then(() => upload.progress(60));
    },
    steps: honor,
  },
  {
    name: 'report-photo-failed',
    title: '申报：一张照片没传上去',
    page: REPORT,
    ...member,
    replies: form,
    state: 'ready',
    picked: photos,
    prepare: (backend) => backend.failNextUpload('offline'),
    steps: honor,
  },
  {
    name: 'report-missing',
    title: '申报：还缺什么',
    page: REPORT,
    ...member,
    replies: form,
    state: 'ready',
    steps: [{ tap: ['#item-bonus-honor'] }, { tap: ['#level-county'] }, ...describe('获县级表彰'), { tapButton: ['.submit'] }],
  },
  {
    name: 'report-waiting',
    title: '申报：没有网络，保存在手机上',
    page: REPORT,
    ...member,
    replies: { ...form, 'reports.submitReport': offline() },
    state: 'waiting',
    steps: [...economy, { tapButton: ['.submit'] }],
  },
  {
    name: 'report-sent',
    title: '申报：已提交',
    page: REPORT,
    ...member,
    replies: form,
    state: 'sent',
    steps: [...economy, { tapButton: ['.submit'] }],
  },
  {
    name: 'report-restored',
    title: '申报：上次没提交的还在',
    page: REPORT,
    ...member,
    replies: { ...form, 'reports.submitReport': offline() },
    storage: {
      'reportDrafts:demo-v03': [draft({}), draft({ key: 'screensWaitingKey000001', description: '帮五保户收稻谷', status: 'waiting' })],
    },
    state: 'ready',
  },
  {
    name: 'report-offline-kept',
    title: '申报：没有网络，用上次的项目表',
    page: REPORT,
    ...member,
    replies: { 'reports.reportForm': offline() },
    storage: kept,
    state: 'ready',
  },
  {
    name: 'report-offline',
    title: '申报：没有网络',
    page: REPORT,
    ...member,
    replies: { 'reports.reportForm': offline() },
    state: 'offline',
  },
  {
    name: 'records-reports',
    title: '我的申报',
    page: RECORDS,
    ...member,
    replies: { 'reports.listMyReports': ok(myReports) },
    storage: kept,
    state: 'ready',
  },
  {
    name: 'records-ledger',
    title: '积分明细',
    page: RECORDS,
    ...member,
    replies: { 'reports.listMyReports': ok(myReports), 'home.memberLedger': ok(memberLedgerReply) },
    storage: kept,
    state: 'ready',
    steps: [{ tap: ['#tab-ledger'] }],
  },
  {
    name: 'records-empty',
    title: '我的申报：还没有',
    page: RECORDS,
    ...member,
    replies: { 'reports.listMyReports': ok({ total: 0, reports: [] }) },
    state: 'empty',
  },
  {
    name: 'records-offline',
    title: '我的申报：没有网络',
    page: RECORDS,
    ...member,
    replies: { 'reports.listMyReports': offline() },
    state: 'offline',
  },
];

const CARE = ['report-pick', 'report-fill', 'report-photo-failed', 'report-waiting', 'report-sent', 'records-reports', 'records-ledger'];

export const MEMBER_REPORT_SCENARIOS: Scenario[] = [
  ...base,
  ...base.filter((s) => CARE.includes(s.name)).map((s) => ({ ...s, name: `${s.name}-care`, title: `${s.title}（大字模式）`, care: true })),
];
