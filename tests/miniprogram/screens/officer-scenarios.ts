/**
 * The recorders' and secretaries' pages in each state (审核, 会议考勤, 记分), as 王建国, the village
 * branch's secretary: care mode off, and on for the ones a secretary uses most.
 */
import { hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { secretaryProfile } from '../fixtures/demo';
import { approvedReply, emptyQueueReply, recordingFormReply, reviewQueueReply } from '../fixtures/officer';
import type { Scenario } from './scenarios';

const secretary = { identity: 'demo-v01', profile: secretaryProfile };
const REVIEW = 'officer/review/review';
const ATTENDANCE = 'officer/attendance/attendance';
const ENTRY = 'officer/entry/entry';
const queue: Record<string, Reply> = {
  'reports.reviewQueue': ok(reviewQueueReply),
  'reports.approveReport': ok(approvedReply('r-deed', 8)),
  'reports.approveReports': ok({ approved: [] }),
};
/** Approving meets a report someone else rejected meanwhile; asked again, the queue no longer has it. A fresh set per scenario. */
function conflictReplies(): Record<string, Reply> {
  let asked = 0;
  const later = { ...reviewQueueReply, total: 3, reports: reviewQueueReply.reports.slice(1) };
  return {
    ...queue,
    'reports.approveReport': refused('CONFLICT', 'REPORT_ALREADY_REVIEWED', '该申报已被驳回，不能再审核通过'),
    'reports.reviewQueue': () => ok(asked++ === 0 ? reviewQueueReply : later),
  };
}
const form: Record<string, Reply> = { 'reports.recordingForm': ok(recordingFormReply) };
/** Marks three members at a meeting (their outcome buttons: 出席 缺席 请假 迟到). */
const marked = [
  { tap: ['#meeting-orgLife'] },
  { tap: ['#member-m-liufang .mark--absent'] },
  { tap: ['#member-m-zhangwei .mark--leave'] },
  { tap: ['#member-m-zhaoqiang .mark--late'] },
];

const base: Scenario[] = [
  { name: 'officer-review', title: '审核：待审核的申报', page: REVIEW, ...secretary, replies: queue, state: 'ready' },
  {
    name: 'officer-review-detail',
    title: '审核：一条申报（定分）',
    page: REVIEW,
    ...secretary,
    replies: queue,
    state: 'ready',
    steps: [{ tap: ['#card-r-deed'] }],
  },
  {
    name: 'officer-review-levels',
    title: '审核：按级别定分',
    page: REVIEW,
    ...secretary,
    replies: queue,
    state: 'ready',
    steps: [{ tap: ['#card-r-honor'] }],
  },
  {
    name: 'officer-review-reject',
    title: '审核：驳回并说明原因',
    page: REVIEW,
    ...secretary,
    replies: queue,
    state: 'ready',
    steps: [{ tap: ['#card-r-deed'] }, { tapButton: ['.reject-start'] }, { tap: ['#reason-0'] }],
  },
  {
    name: 'officer-review-select',
    title: '审核：一次通过多条',
    page: REVIEW,
    ...secretary,
    replies: queue,
    state: 'ready',
    steps: [{ tapButton: ['.select-start'] }, { tapButton: ['.select-all'] }],
  },
  {
    name: 'officer-review-confirm',
    title: '审核：确认一次通过多条',
    page: REVIEW,
    ...secretary,
    replies: queue,
    state: 'ready',
    steps: [{ tapButton: ['.select-start'] }, { tapButton: ['.select-all'] }, { tapButton: ['.batch'] }],
  },
  {
    name: 'officer-review-conflict',
    title: '审核：别人已经处理了',
    page: REVIEW,
    ...secretary,
    replies: conflictReplies(),
    state: 'ready',
    steps: [{ tap: ['#card-r-anniversary'] }, { tapButton: ['.approve'] }],
  },
  {
    name: 'officer-review-empty',
    title: '审核：没有待审核的',
    page: REVIEW,
    ...secretary,
    replies: { 'reports.reviewQueue': ok(emptyQueueReply) },
    state: 'empty',
  },
  {
    name: 'officer-review-loading',
    title: '审核：加载中',
    page: REVIEW,
    ...secretary,
    replies: { 'reports.reviewQueue': hold() },
    state: 'loading',
  },
  {
    name: 'officer-review-offline',
    title: '审核：没有网络',
    page: REVIEW,
    ...secretary,
    replies: { 'reports.reviewQueue': offline() },
    state: 'offline',
  },
  { name: 'officer-attendance', title: '会议考勤', page: ATTENDANCE, ...secretary, replies: form, state: 'ready' },
  {
    name: 'officer-attendance-marked',
    title: '会议考勤：标出缺席、请假、迟到',
    page: ATTENDANCE,
    ...secretary,
    replies: form,
    state: 'ready',
    steps: marked,
  },
  {
    name: 'officer-attendance-confirm',
    title: '会议考勤：确认提交',
    page: ATTENDANCE,
    ...secretary,
    replies: form,
    state: 'ready',
    steps: [...marked, { tapButton: ['.submit'] }],
  },
  {
    name: 'officer-attendance-done',
    title: '会议考勤：已提交',
    page: ATTENDANCE,
    ...secretary,
    replies: {
      ...form,
      'reports.recordAttendance': ok({
        meetingId: 'meeting-1',
        entries: ['m-liufang', 'm-zhangwei', 'm-zhaoqiang'].map((memberId) => ({
          memberId,
          outcome: 'absent' as const,
          itemCode: 'duties.orgLife.absent',
          entryId: `e-${memberId}`,
        })),
      }),
    },
    state: 'done',
    steps: [...marked, { tapButton: ['.submit'] }, { tapButton: ['.confirm'] }],
  },
  {
    name: 'officer-attendance-empty',
    title: '会议考勤：方案没有考勤',
    page: ATTENDANCE,
    ...secretary,
    replies: { 'reports.recordingForm': ok({ ...recordingFormReply, meetings: [] }) },
    state: 'empty',
  },
  { name: 'officer-entry', title: '给党员记分', page: ENTRY, ...secretary, replies: form, state: 'ready' },
  {
    name: 'officer-entry-filled',
    title: '给党员记分：选好了人和项目',
    page: ENTRY,
    ...secretary,
    replies: form,
    state: 'ready',
    steps: [{ tap: ['#member-m-wuguilan'] }, { tap: ['#item-bonus-other'] }, { tap: ['#value-2'] }],
  },
];

/** Care mode off, and on for each but the passing states. */
export const OFFICER_SCENARIOS: Scenario[] = [
  ...base,
  ...base
    .filter((s) => !['officer-review-loading', 'officer-review-select', 'officer-attendance-empty'].includes(s.name))
    .map((s) => ({
      ...s,
      name: `${s.name}-care`,
      title: `${s.title}（大字模式）`,
      care: true,
      replies: s.name === 'officer-review-conflict' ? conflictReplies() : s.replies,
    })),
];
