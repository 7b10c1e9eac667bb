import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { restartAt, stopPullDownRefresh } from '../../common/navigation';
import { newIdempotencyKey, officerBranch, type OfficerBranch } from '../common/officer-branch';
import { dayText, isOpenDay, openBounds } from '../common/dates';
import { scrollToTop } from '../common/wechat-ui';
import {
  confirmLines,
  countsText,
  exemptText,
  meetingChoices,
  memberRows,
  OUTCOME_LABELS,
  optionsOf,
  openDatesText,
  type MeetingChoice,
  type MemberRow,
  type Outcome,
  type OutcomeOption,
  type RecordingForm,
} from './attendance-view';

type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;
type Field = WechatMiniprogram.CustomEvent<{ value: string }>;

/** What the secretary marked, kept on the phone until it is submitted (a dropped network, a closed app). */
interface AttendanceDraft {
  meetingType: string;
  date: string;
  marks: Record<string, Outcome>;
  idempotencyKey: string;
}

interface Memory {
  branch: OfficerBranch | null;
  form: RecordingForm | null;
  draft: AttendanceDraft | null;
  profileRefreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branch: null, form: null, draft: null, profileRefreshed: false }));
  return memory;
};
const draftKey = (branchId: string) => `attendanceDraft:${services().client.transport.identity}:${branchId}`;

/**
 * 会议考勤 — a meeting's attendance for the branch in one submit (reports.recordAttendance): the meeting
 * type and date, everyone present by default, a tap marks someone absent, on leave or late (as far as the
 * scheme scores those). The officer's own line is shown but not editable: another officer records it. The
 * first screen is one call (reports.recordingForm). What is marked is kept on the phone, with the request's
 * idempotency key, until it is submitted: a retry after a dropped network records the meeting once.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline' | 'done',
    problem: null as Problem | null,
    branchName: '',
    meetings: [] as MeetingChoice[],
    meetingType: '',
    meetingHint: '',
    date: '',
    dateText: '',
    dateStart: '',
    dateEnd: '',
    datesText: '',
    options: [] as OutcomeOption[],
    rows: [] as MemberRow[],
    labels: OUTCOME_LABELS,
    exemptText: '',
    countsText: '',
    restored: false,
    formProblem: '',
    keyReused: false,
    confirming: false,
    confirmTitle: '',
    confirmLines: [] as string[],
    busy: false,
    doneText: '',
  },
  lifetimes: {
    attached() {
      void this.load();
    },
    detached() {
      watchOnline(this, false);
    },
  },
  methods: {
    async load(): Promise<void> {
      const memory = memoryOf(this);
      this.setData({ state: 'loading', problem: null });
      if (!memory.branch) {
        const found = await officerBranch();
        if (!found.ok) return this.show(problemOf(found));
        if (!found.branch)
          return this.show(
            emptyProblem(
              '只有书记和记分员能录考勤',
              '会议考勤由支部书记和记分员录入。如果您刚被任命，请在“我的设置”里重新绑定，或联系支部书记。',
            ),
          );
        memory.branch = found.branch;
      }
      this.setData({ branchName: memory.branch.branchName });
      const reply = await services().client.call(CONTRACTS.reports.recordingForm, { branchId: memory.branch.branchId });
      if (!reply.ok) return this.fail(reply);
      this.open(reply.data);
    },

    async fail(failure: CallFailure): Promise<void> {
      const memory = memoryOf(this);
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !memory.profileRefreshed) {
        memory.profileRefreshed = true;
        memory.branch = null;
        const found = await officerBranch(true);
        if (found.ok) return this.load();
      }
      this.show(problemOf(failure));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.retry());
    },

    retry(): Promise<void> {
      watchOnline(this, false);
      return this.load();
    },

    onProblemAction() {
      void this.retry();
    },

    open(form: RecordingForm) {
      const memory = memoryOf(this);
      memory.form = form;
      if (form.meetings.length === 0)
        return this.show(emptyProblem('不用录考勤', '本支部的积分方案里没有按考勤记分的会议。缺席、迟到如需扣分，请用“给党员记分”。'));
      if (form.openDates.length === 0)
        return this.show(
          emptyProblem('现在不能录考勤', '这段时间的积分已经公示，或过了录入期限。新的一个月（季度）开始后再录；有疑问请联系上级党委。'),
        );
      if (!form.members.some((m) => !m.exempt)) return this.show(emptyProblem('支部里还没有党员', '请先导入支部的党员名册，再来录考勤。'));
      const bounds = openBounds(form.openDates)!;
      const kept = wx.getStorageSync<AttendanceDraft | ''>(draftKey(form.branchId));
      const restored =
        kept &&
        form.meetings.some((m) => m.code === kept.meetingType) &&
        isOpenDay(form.openDates, kept.date) &&
        Object.keys(kept.marks).length > 0;
      memory.draft = restored
        ? kept
        : {
            meetingType: form.meetings[0].code,
            date: isOpenDay(form.openDates, form.today) ? form.today : bounds.end,
            marks: {},
            idempotencyKey: newIdempotencyKey(),
          };
      this.setData({
        state: 'ready',
        problem: null,
        meetings: meetingChoices(form),
        dateStart: bounds.start,
        dateEnd: bounds.end,
        datesText: openDatesText(form),
        exemptText: exemptText(form),
        restored: Boolean(restored),
        formProblem: '',
        keyReused: false,
      });
      this.showDraft();
    },

    /** The draft on screen: the meeting type, the date, each member's line and the counts. */
    showDraft() {
      const { form, draft } = memoryOf(this);
      if (!form || !draft) return;
      const meeting = form.meetings.find((m) => m.code === draft.meetingType) ?? form.meetings[0];
      const options = optionsOf(meeting);
      const rows = memberRows(form, draft.marks, options);
      this.setData({
        meetingType: meeting.code,
        meetingHint: meetingChoices(form).find((m) => m.code === meeting.code)?.hint ?? '',
        date: draft.date,
        dateText: draft.date === form.today ? `今天（${dayText(draft.date)}）` : dayText(draft.date),
        options,
        rows,
        countsText: countsText(rows, options),
      });
    },

    keep() {
      const { form, draft } = memoryOf(this);
      if (form && draft) wx.setStorageSync(draftKey(form.branchId), draft);
    },

    onMeetingTap(event: Tap<{ code: string }>) {
      const { draft } = memoryOf(this);
      if (!draft || this.data.busy) return;
      draft.meetingType = event.currentTarget.dataset.code;
      this.keep();
      this.setData({ formProblem: '' });
      this.showDraft();
    },

    onDateChange(event: Field) {
      const { form, draft } = memoryOf(this);
      if (!form || !draft) return;
      const date = event.detail.value;
      if (!isOpenDay(form.openDates, date))
        return this.setData({ formProblem: `${dayText(date)}的会现在不能录入。${this.data.datesText}` });
      draft.date = date;
      this.keep();
      this.setData({ formProblem: '' });
      this.showDraft();
    },

    /** A tap on a member's outcome: that member is marked so (the officer's own line does not change). */
    onMark(event: Tap<{ id: string; outcome: Outcome }>) {
      const { draft } = memoryOf(this);
      const { id, outcome } = event.currentTarget.dataset;
      const row = this.data.rows.find((r) => r.memberId === id);
      if (!draft || !row || row.self || this.data.busy) return;
      if (outcome === 'present') delete draft.marks[id];
      else draft.marks[id] = outcome;
      this.keep();
      const index = this.data.rows.indexOf(row);
      const rows = this.data.rows.map((r) => (r.memberId === id ? { ...r, outcome } : r));
      this.setData({ [`rows[${index}].outcome`]: outcome, countsText: countsText(rows, this.data.options), formProblem: '' });
    },

    onAllPresent() {
      const { draft } = memoryOf(this);
      if (!draft || this.data.busy) return;
      draft.marks = {};
      this.keep();
      this.showDraft();
    },

    onStartOver() {
      const { form } = memoryOf(this);
      if (!form) return;
      wx.removeStorageSync(draftKey(form.branchId));
      this.open(form);
    },

    onSubmitTap() {
      const { form, draft } = memoryOf(this);
      if (!form || !draft || this.data.busy) return;
      if (!isOpenDay(form.openDates, draft.date)) return this.setData({ formProblem: `这一天的会现在不能录入。${this.data.datesText}` });
      const meeting = form.meetings.find((m) => m.code === draft.meetingType)!;
      this.setData({
        confirming: true,
        formProblem: '',
        confirmTitle: `提交${this.data.dateText.replace(/^今天（(.*)）$/, '$1')}“${meeting.name}”的考勤？`,
        confirmLines: confirmLines(this.data.rows, meeting),
      });
    },

    onConfirmCancel() {
      this.setData({ confirming: false });
    },

    async onConfirm(): Promise<void> {
      const { form, draft } = memoryOf(this);
      if (!form || !draft || this.data.busy) return;
      this.setData({ busy: true, formProblem: '' });
      const attendance = this.data.rows.filter((r) => !r.self).map((r) => ({ memberId: r.memberId, outcome: r.outcome }));
      const reply = await services().client.call(CONTRACTS.reports.recordAttendance, {
        branchId: form.branchId,
        meetingType: draft.meetingType,
        date: draft.date,
        attendance,
        idempotencyKey: draft.idempotencyKey,
      });
      this.setData({ busy: false, confirming: false });
      if (!reply.ok) return this.refused(reply);
      wx.removeStorageSync(draftKey(form.branchId));
      const meeting = form.meetings.find((m) => m.code === draft.meetingType)!;
      const scored = reply.data.entries.length;
      this.setData({
        state: 'done',
        doneText: `${this.data.dateText.replace(/^今天（(.*)）$/, '$1')}“${meeting.name}”：${this.data.countsText}。${
          scored ? `已按积分方案记分 ${scored} 人，党员在“积分明细”里能看到。` : '按积分方案，这次会议没有人要加分或扣分。'
        }${this.data.rows.some((r) => r.self) ? '您本人的考勤，请其他记分员或书记录入。' : ''}`,
      });
      scrollToTop();
    },

    refused(reply: CallFailure) {
      if (reply.code === 'NETWORK')
        return this.setData({ formProblem: '没有连上网络，考勤还没有提交。已经保存在手机上，连上网络后再点“提交考勤”。' });
      if (reply.reason === 'IDEMPOTENCY_KEY_REUSED')
        return this.setData({
          keyReused: true,
          formProblem:
            '这次会议的考勤刚才已经提交过了（当时网络断了，但已经记上）。要改动某个人，请用“给党员记分”更正；要录另一次会议，点“重新开始”。',
        });
      const byName = reply.fields
        .map((f) => {
          const index = /attendance\.(\d+)/.exec(f.path);
          const row = index ? this.data.rows.filter((r) => !r.self)[Number(index[1])] : undefined;
          return row ? `${row.name}：${f.message}` : f.message;
        })
        .filter(Boolean);
      this.setData({ formProblem: byName.length ? `${byName.join('；')}。` : reply.message });
    },

    onAnotherMeeting() {
      const { form } = memoryOf(this);
      if (form) this.open(form);
    },

    onHome() {
      restartAt(PAGES.home);
    },

    async onPullDownRefresh(): Promise<void> {
      if (this.data.state !== 'ready' || Object.keys(memoryOf(this).draft?.marks ?? {}).length === 0) await this.retry();
      stopPullDownRefresh();
    },
  },
});
