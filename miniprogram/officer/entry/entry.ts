import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { restartAt } from '../../common/navigation';
import { formatDelta } from '../../common/format';
import { newIdempotencyKey, officerBranch, type OfficerBranch } from '../common/officer-branch';
import { dayText, isOpenDay, openBounds } from '../common/dates';
import { choicesOf, missingPick, pickedPoints, pickFields, rangeValues, type PointsChoices, type PointsPick } from '../common/item-points';
import { scrollToTop } from '../common/wechat-ui';
import { categoryGroups, entrySummary, findItem, memberChips, type CategoryGroup, type MemberChip, type RecordingForm } from './entry-view';

type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;
type Field = WechatMiniprogram.CustomEvent<{ value: string }>;

interface Memory {
  branch: OfficerBranch | null;
  form: RecordingForm | null;
  /** The request's key, kept until it succeeds: a retry after a dropped network writes one entry. */
  idempotencyKey: string;
  profileRefreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branch: null, form: null, idempotencyKey: newIdempotencyKey(), profileRefreshed: false }));
  return memory;
};
const EMPTY_PICK: PointsPick = { points: null, level: null, quantity: null };

/**
 * 给党员记分 — the recorder or secretary enters an item for a member (reports.recordEntry): a deduction
 * (dues paid late, a missed meeting) or an award, with its date and a reason the member will read. Only the
 * items and values the scheme allows are offered; vetoes only to the secretary; the officer's own record is
 * not offered (another officer scores it). The first screen is one call (reports.recordingForm).
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline' | 'done',
    problem: null as Problem | null,
    members: [] as MemberChip[],
    groups: [] as CategoryGroup[],
    memberId: '',
    memberName: '',
    itemCode: '',
    itemName: '',
    itemRule: '',
    veto: false,
    choices: null as PointsChoices | null,
    pick: EMPTY_PICK,
    pickedText: '',
    date: '',
    dateText: '',
    dateStart: '',
    dateEnd: '',
    reason: '',
    formProblem: '',
    confirming: false,
    confirmText: '',
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
              '只有书记和记分员能记分',
              '给党员记分由支部书记和记分员办理。如果您刚被任命，请在“我的设置”里重新绑定，或联系支部书记。',
            ),
          );
        memory.branch = found.branch;
      }
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
      memoryOf(this).form = form;
      if (form.openDates.length === 0)
        return this.show(
          emptyProblem('现在不能记分', '这段时间的积分已经公示，或过了录入期限。新的一个月（季度）开始后再记；有疑问请联系上级党委。'),
        );
      if (!form.members.some((m) => !m.self && !m.exempt))
        return this.show(emptyProblem('没有可以记分的党员', '支部里还没有别的党员，或都不纳入积分管理。请先导入支部的党员名册。'));
      const bounds = openBounds(form.openDates)!;
      const date = isOpenDay(form.openDates, form.today) ? form.today : bounds.end;
      this.setData({
        state: 'ready',
        problem: null,
        members: memberChips(form),
        groups: categoryGroups(form),
        dateStart: bounds.start,
        dateEnd: bounds.end,
        date,
        dateText: this.dateText(date),
      });
    },

    dateText(date: string): string {
      const form = memoryOf(this).form;
      return form && date === form.today ? `今天（${dayText(date)}）` : dayText(date);
    },

    onMemberTap(event: Tap<{ id: string }>) {
      const chip = this.data.members.find((m) => m.memberId === event.currentTarget.dataset.id);
      if (!chip || chip.disabled) return;
      this.setData({ memberId: chip.memberId, memberName: chip.name, formProblem: '' });
      this.showPicked();
    },

    onChangeMember() {
      this.setData({ memberId: '', memberName: '' });
    },

    onItemTap(event: Tap<{ code: string }>) {
      const form = memoryOf(this).form;
      const rule = form ? findItem(form, event.currentTarget.dataset.code) : null;
      if (!rule) return;
      const pick: PointsPick = { ...EMPTY_PICK, quantity: rule.points.kind === 'perOccurrence' ? 1 : null };
      this.setData({
        itemCode: rule.code,
        itemName: rule.name,
        itemRule: this.data.groups.flatMap((g) => g.items).find((i) => i.code === rule.code)?.rule ?? '',
        veto: rule.points.kind === 'veto',
        choices: choicesOf(rule, pick),
        reason: this.data.reason || rule.name,
        formProblem: '',
      });
      this.setPick(pick);
    },

    onChangeItem() {
      this.setData({ itemCode: '', itemName: '', choices: null, pickedText: '' });
    },

    currentRule() {
      const form = memoryOf(this).form;
      return form && this.data.itemCode ? findItem(form, this.data.itemCode) : null;
    },

    setPick(pick: PointsPick) {
      const rule = this.currentRule();
      if (!rule) return;
      const points = pickedPoints(rule, pick);
      this.setData({
        pick,
        choices: choicesOf(rule, pick),
        pickedText: rule.points.kind === 'veto' ? '一票否决' : points === null ? '' : `${formatDelta(points)} 分`,
        formProblem: '',
      });
      this.showPicked();
    },

    /** The button's words follow what is chosen ("给张伟记 −3 分"). */
    showPicked() {
      const rule = this.currentRule();
      if (!rule) return;
      this.setData({ confirmText: entrySummary(this.data.memberName || '党员', rule, pickedPoints(rule, this.data.pick)) });
    },

    onValueTap(event: Tap<{ value: number }>) {
      this.setPick({ ...this.data.pick, points: Number(event.currentTarget.dataset.value) });
    },

    onValueStep(event: Tap<{ step: number }>) {
      const rule = this.currentRule();
      if (!rule || rule.points.kind !== 'range') return;
      const values = rangeValues(rule.points);
      const at = values.findIndex((v) => Math.abs(v - (this.data.pick.points ?? Number.NaN)) < 0.001);
      const step = Number(event.currentTarget.dataset.step);
      const next = at < 0 ? (step > 0 ? 0 : values.length - 1) : at + step;
      this.setPick({ ...this.data.pick, points: values[Math.min(values.length - 1, Math.max(0, next))] });
    },

    onLevelTap(event: Tap<{ code: string }>) {
      this.setPick({ ...this.data.pick, level: event.currentTarget.dataset.code });
    },

    onQuantityStep(event: Tap<{ step: number }>) {
      const most = this.data.choices?.quantity?.max ?? 1;
      const quantity = Math.min(most, Math.max(1, (this.data.pick.quantity ?? 1) + Number(event.currentTarget.dataset.step)));
      this.setPick({ ...this.data.pick, quantity });
    },

    onDateChange(event: Field) {
      const form = memoryOf(this).form;
      const date = event.detail.value;
      if (!form) return;
      if (!isOpenDay(form.openDates, date)) return this.setData({ formProblem: `${dayText(date)}现在不能记分，请选本期的日子。` });
      this.setData({ date, dateText: this.dateText(date), formProblem: '' });
    },

    onReasonInput(event: Field) {
      this.setData({ reason: event.detail.value });
    },

    /** What stops the entry, in words; '' when it can go. */
    missing(): string {
      const rule = this.currentRule();
      if (!this.data.memberId) return '请先点选给哪位党员记分。';
      if (!rule) return '请点选记哪一项。';
      const pick = missingPick(rule, this.data.pick);
      if (pick) return pick;
      if (!this.data.reason.trim()) return '请写上原因，党员会看到。';
      if (this.data.reason.trim().length > 200) return '原因最多 200 字，请删短一些。';
      return '';
    },

    onSubmitTap() {
      const missing = this.missing();
      if (missing) return this.setData({ formProblem: missing });
      this.setData({ confirming: true, formProblem: '' });
    },

    onConfirmCancel() {
      this.setData({ confirming: false });
    },

    async onConfirm(): Promise<void> {
      const memory = memoryOf(this);
      const rule = this.currentRule();
      if (!memory.form || !rule || this.data.busy) return;
      this.setData({ busy: true });
      const reply = await services().client.call(CONTRACTS.reports.recordEntry, {
        branchId: memory.form.branchId,
        memberId: this.data.memberId,
        itemCode: rule.code,
        date: this.data.date,
        ...pickFields(rule, this.data.pick),
        reason: this.data.reason.trim(),
        idempotencyKey: memory.idempotencyKey,
      });
      this.setData({ busy: false, confirming: false });
      if (!reply.ok) {
        if (reply.code === 'NETWORK') return this.setData({ formProblem: '没有连上网络，还没有记上。填的都还在，连上网络后再点“记上”。' });
        const fields = reply.fields.map((f) => f.message).filter(Boolean);
        return this.setData({ formProblem: fields.length ? `${fields.join('；')}。` : reply.message });
      }
      memory.idempotencyKey = newIdempotencyKey();
      this.setData({
        state: 'done',
        doneText: `${this.data.memberName}　${rule.name}　${rule.points.kind === 'veto' ? '一票否决' : `${formatDelta(reply.data.points)} 分`}（${dayText(reply.data.date)}）。本人在“积分明细”里能看到，原因：${reply.data.reason}`,
      });
      scrollToTop();
    },

    onAnother() {
      const form = memoryOf(this).form;
      this.setData({
        memberId: '',
        memberName: '',
        itemCode: '',
        itemName: '',
        choices: null,
        pick: EMPTY_PICK,
        pickedText: '',
        reason: '',
        formProblem: '',
      });
      if (form) this.open(form);
    },

    onHome() {
      restartAt(PAGES.home);
    },
  },
});
