import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { openPage, stopPullDownRefresh, toast } from '../../common/navigation';
import { formatDelta } from '../../common/format';
import { officerBranch, type OfficerBranch } from '../common/officer-branch';
import { choicesOf, missingPick, pickedPoints, pickFields, rangeValues, type PointsPick } from '../common/item-points';
import { previewPhotos, scrollToTop } from '../common/wechat-ui';
import {
  COMMON_REJECT_REASONS,
  queueCard,
  reportDetail,
  ruleOf,
  type QueueCard,
  type QueueItemRule,
  type QueueReport,
  type ReportDetail,
} from './review-view';

type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;
type Input = WechatMiniprogram.CustomEvent<{ value: string }>;

/** Reports a page of the queue asks for; also the most approveReports takes at once. */
const PAGE_SIZE = 20;
/** Someone else reviewed (or the member withdrew) the report first: the queue is out of date. */
const CONFLICT_REASONS = ['REPORT_ALREADY_REVIEWED', 'REPORT_NOT_FOUND'];
const NO_NETWORK = '没有连上网络，还没有办好。刚才选的都还在，连上网络后再点一次。';

interface Memory {
  branch: OfficerBranch | null;
  reports: QueueReport[];
  items: QueueItemRule[];
  total: number;
  profileRefreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branch: null, reports: [], items: [], total: 0, profileRefreshed: false }));
  return memory;
};

interface Notice {
  tone: 'ok' | 'warn';
  text: string;
}

/**
 * 审核 — the branch's pending reports, oldest first (reports.reviewQueue: the first screen is that one
 * call; the items' rules come with it). A report opens here, with its photos (full-screen on a tap) and
 * only the points, levels or quantities its item allows; it is approved, or rejected with a reason. Several
 * reports approved as proposed go in one call (reports.approveReports: all or none). When someone else
 * reviewed a report first, the page says so plainly and asks for the queue again.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    mode: 'list' as 'list' | 'detail',
    branchName: '',
    cards: [] as QueueCard[],
    total: 0,
    moreCount: 0,
    loadingMore: false,
    notice: null as Notice | null,
    selecting: false,
    selected: {} as Record<string, boolean>,
    selectedCount: 0,
    batchableCount: 0,
    confirming: false,
    confirmRows: [] as { reportId: string; name: string; item: string; points: string }[],
    confirmProblem: '',
    detail: null as ReportDetail | null,
    pick: { points: null, level: null, quantity: null } as PointsPick,
    pickedText: '',
    rejecting: false,
    rejectReason: '',
    rejectReasons: COMMON_REJECT_REASONS,
    detailProblem: '',
    busy: false,
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
      this.setData({ state: 'loading', problem: null });
      const found = await officerBranch();
      if (!found.ok) return this.show(problemOf(found));
      memoryOf(this).branch = found.branch;
      if (!found.branch)
        return this.show(
          emptyProblem(
            '只有书记和记分员能审核',
            '审核申报由支部书记和记分员办理。如果您刚被任命，请在“我的设置”里重新绑定，或联系支部书记。',
          ),
        );
      this.setData({ branchName: found.branch.branchName });
      await this.loadQueue();
    },

    /** The queue's first page (after a conflict, or pull-down): one call. */
    async loadQueue(): Promise<void> {
      const memory = memoryOf(this);
      if (!memory.branch) return this.load();
      if (this.data.state !== 'ready') this.setData({ state: 'loading', problem: null });
      const reply = await services().client.call(CONTRACTS.reports.reviewQueue, {
        branchId: memory.branch.branchId,
        offset: 0,
        limit: PAGE_SIZE,
      });
      if (!reply.ok) return this.fail(reply);
      memory.reports = reply.data.reports;
      memory.items = reply.data.items;
      memory.total = reply.data.total;
      this.showQueue();
    },

    async fail(failure: CallFailure): Promise<void> {
      const memory = memoryOf(this);
      // The kept profile may be out of date (role ended): ask once more before saying so.
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !memory.profileRefreshed) {
        memory.profileRefreshed = true;
        const found = await officerBranch(true);
        if (found.ok) {
          memory.branch = found.branch;
          return found.branch ? this.loadQueue() : this.load();
        }
      }
      this.show(problemOf(failure));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem, mode: 'list' });
      watchOnline(this, problem.state === 'offline', () => void this.retry());
    },

    retry(): Promise<void> {
      watchOnline(this, false);
      return memoryOf(this).branch ? this.loadQueue() : this.load();
    },

    onProblemAction() {
      void this.retry();
    },

    /** The list as the memory has it now (selection kept for reports still there). */
    showQueue() {
      const memory = memoryOf(this);
      const now = new Date();
      const cards = memory.reports.map((r) => queueCard(r, ruleOf(memory.items, r), now));
      const selected = Object.fromEntries(
        cards.filter((c) => c.batchable && this.data.selected[c.reportId]).map((c) => [c.reportId, true] as const),
      );
      if (cards.length === 0)
        return this.setData({
          state: 'empty',
          problem: emptyProblem('没有等待审核的申报', '党员提交申报后会出现在这里。要给党员记分或扣分，点下面的“给党员记分”。'),
          cards: [],
          total: 0,
          moreCount: 0,
          selecting: false,
          selected: {},
          selectedCount: 0,
          confirming: false,
          mode: 'list',
        });
      this.setData({
        state: 'ready',
        problem: null,
        cards,
        total: memory.total,
        moreCount: Math.max(0, memory.total - cards.length),
        selected,
        selectedCount: Object.keys(selected).length,
        batchableCount: cards.filter((c) => c.batchable).length,
      });
    },

    async onMore(): Promise<void> {
      const memory = memoryOf(this);
      if (!memory.branch || this.data.loadingMore) return;
      this.setData({ loadingMore: true });
      const reply = await services().client.call(CONTRACTS.reports.reviewQueue, {
        branchId: memory.branch.branchId,
        offset: memory.reports.length,
        limit: PAGE_SIZE,
      });
      this.setData({ loadingMore: false });
      if (!reply.ok) return toast(reply.code === 'NETWORK' ? '没有连上网络，请稍后再点' : '没能打开更多，请稍后再点');
      const known = new Set(memory.reports.map((r) => r.reportId));
      memory.reports = [...memory.reports, ...reply.data.reports.filter((r) => !known.has(r.reportId))];
      const rules = new Set(memory.items.map((i) => `${i.year}:${i.code}`));
      memory.items = [...memory.items, ...reply.data.items.filter((i) => !rules.has(`${i.year}:${i.code}`))];
      memory.total = reply.data.total;
      this.showQueue();
    },

    onCardTap(event: Tap<{ id: string }>) {
      const reportId = event.currentTarget.dataset.id;
      if (this.data.selecting) return this.toggle(reportId);
      this.openDetail(reportId);
    },

    openDetail(reportId: string) {
      const memory = memoryOf(this);
      const report = memory.reports.find((r) => r.reportId === reportId);
      if (!report) return;
      const detail = reportDetail(report, ruleOf(memory.items, report), new Date());
      this.setData({ mode: 'detail', detail, rejecting: false, rejectReason: '', detailProblem: '', notice: null });
      this.setPick(detail.pick);
      scrollToTop();
    },

    onBackToList() {
      this.setData({ mode: 'list', detail: null, detailProblem: '' });
      scrollToTop();
    },

    /** The reviewer's choice, and what the entry would carry with it. */
    setPick(pick: PointsPick) {
      const rule = this.currentRule();
      const points = rule ? pickedPoints(rule, pick) : pick.points;
      const detail = this.data.detail;
      this.setData({
        pick,
        pickedText: points === null ? '' : `记 ${formatDelta(points)} 分`,
        detailProblem: '',
        ...(rule && detail ? { 'detail.choices': choicesOf(rule, pick) } : {}),
      });
    },

    currentRule() {
      const memory = memoryOf(this);
      const report = memory.reports.find((r) => r.reportId === this.data.detail?.reportId);
      return report ? ruleOf(memory.items, report) : null;
    },

    onValueTap(event: Tap<{ value: number }>) {
      this.setPick({ ...this.data.pick, points: Number(event.currentTarget.dataset.value) });
    },

    /** The stepper of a range with many values: one allowed value up or down. */
    onValueStep(event: Tap<{ step: number }>) {
      const rule = this.currentRule();
      if (!rule || rule.points.kind !== 'range') return;
      const values = rangeValues(rule.points);
      const at = values.findIndex((v) => Math.abs(v - (this.data.pick.points ?? Number.NaN)) < 0.001);
      const next =
        at < 0 ? (Number(event.currentTarget.dataset.step) > 0 ? 0 : values.length - 1) : at + Number(event.currentTarget.dataset.step);
      this.setPick({ ...this.data.pick, points: values[Math.min(values.length - 1, Math.max(0, next))] });
    },

    onLevelTap(event: Tap<{ code: string }>) {
      this.setPick({ ...this.data.pick, level: event.currentTarget.dataset.code });
    },

    onQuantityStep(event: Tap<{ step: number }>) {
      const most = this.data.detail?.choices?.quantity?.max ?? 1;
      const quantity = Math.min(most, Math.max(1, (this.data.pick.quantity ?? 1) + Number(event.currentTarget.dataset.step)));
      this.setPick({ ...this.data.pick, quantity });
    },

    onPhotoTap(event: Tap<{ key: string }>) {
      const photos = (this.data.detail?.photos ?? []).filter((p) => !p.missing);
      const current = photos.find((p) => p.key === event.currentTarget.dataset.key);
      if (current)
        previewPhotos(
          current.url,
          photos.map((p) => p.url),
        );
    },

    async onApprove(): Promise<void> {
      const detail = this.data.detail;
      if (!detail || this.data.busy) return;
      const rule = this.currentRule();
      const missing = rule ? missingPick(rule, this.data.pick) : '';
      if (missing) return this.setData({ detailProblem: missing });
      this.setData({ busy: true, detailProblem: '' });
      const reply = await services().client.call(CONTRACTS.reports.approveReport, {
        reportId: detail.reportId,
        ...(rule ? pickFields(rule, this.data.pick) : {}),
      });
      this.setData({ busy: false });
      if (!reply.ok) return this.reviewFailed(reply, detail);
      const chosen = rule ? pickedPoints(rule, this.data.pick) : null;
      const awarded = reply.data.report.awardedPoints;
      const byOther = chosen !== null && awarded !== null && Math.abs(chosen - awarded) > 0.001;
      this.reviewed(detail.reportId, {
        tone: byOther ? 'warn' : 'ok',
        text: byOther
          ? `${detail.name}的“${detail.itemName}”已经由其他人审核通过，记 ${formatDelta(awarded)} 分（不是您选的 ${formatDelta(chosen)} 分）。如需更正，请用“给党员记分”或联系书记。`
          : `已通过：${detail.name}的“${detail.itemName}”${awarded === null ? '' : `，记 ${formatDelta(awarded)} 分`}。`,
      });
    },

    onRejectStart() {
      this.setData({ rejecting: true, detailProblem: '' });
    },

    onRejectCancel() {
      this.setData({ rejecting: false, detailProblem: '' });
    },

    onReasonTap(event: Tap<{ reason: string }>) {
      this.setData({ rejectReason: event.currentTarget.dataset.reason, detailProblem: '' });
    },

    onReasonInput(event: Input) {
      this.setData({ rejectReason: event.detail.value });
    },

    async onRejectConfirm(): Promise<void> {
      const detail = this.data.detail;
      if (!detail || this.data.busy) return;
      const reason = this.data.rejectReason.trim();
      if (!reason) return this.setData({ detailProblem: '请点一个驳回原因，或者自己写几句，党员会看到。' });
      if (reason.length > 200) return this.setData({ detailProblem: '驳回原因最多 200 字，请删短一些。' });
      this.setData({ busy: true, detailProblem: '' });
      const reply = await services().client.call(CONTRACTS.reports.rejectReport, { reportId: detail.reportId, reason });
      this.setData({ busy: false });
      if (!reply.ok) return this.reviewFailed(reply, detail);
      this.reviewed(detail.reportId, { tone: 'ok', text: `已驳回：${detail.name}的“${detail.itemName}”。本人会看到原因：${reason}` });
    },

    /** A report done: off the list, back to it, with what happened at the top. */
    reviewed(reportId: string, notice: Notice) {
      const memory = memoryOf(this);
      memory.reports = memory.reports.filter((r) => r.reportId !== reportId);
      memory.total = Math.max(0, memory.total - 1);
      this.setData({ mode: 'list', detail: null, notice });
      if (memory.reports.length === 0 && memory.total > 0) void this.loadQueue();
      else this.showQueue();
      scrollToTop();
    },

    /** Someone else was first: said plainly, and the queue asked for again. Otherwise the problem stays beside the buttons. */
    reviewFailed(reply: CallFailure, detail: ReportDetail) {
      if (CONFLICT_REASONS.includes(reply.reason)) {
        this.setData({
          mode: 'list',
          detail: null,
          notice: {
            tone: 'warn',
            text: `这条申报别人已经处理过了：${detail.name}的“${detail.itemName}”，${reply.message.replace(/[。.]?请.*$/, '')}。列表已经刷新。`,
          },
        });
        scrollToTop();
        void this.loadQueue();
        return;
      }
      this.setData({ detailProblem: reply.code === 'NETWORK' ? NO_NETWORK : fieldMessages(reply) });
    },

    // —— several at once ——

    onSelectStart() {
      this.setData({ selecting: true, selected: {}, selectedCount: 0, notice: null });
    },

    onSelectCancel() {
      this.setData({ selecting: false, selected: {}, selectedCount: 0, confirming: false, confirmProblem: '' });
    },

    onSelectAll() {
      const ids = this.data.cards
        .filter((c) => c.batchable)
        .map((c) => c.reportId)
        .slice(0, PAGE_SIZE);
      const selected = Object.fromEntries(ids.map((id) => [id, true] as const));
      this.setData({ selected, selectedCount: ids.length });
    },

    toggle(reportId: string) {
      const card = this.data.cards.find((c) => c.reportId === reportId);
      if (!card) return;
      if (!card.batchable) return toast('这条要先定分，请点“退出多选”后单独审核');
      const selected = { ...this.data.selected };
      if (selected[reportId]) delete selected[reportId];
      else if (Object.keys(selected).length >= PAGE_SIZE) return toast(`一次最多通过 ${PAGE_SIZE} 条`);
      else selected[reportId] = true;
      this.setData({ selected, selectedCount: Object.keys(selected).length });
    },

    onBatchTap() {
      const rows = this.data.cards
        .filter((c) => this.data.selected[c.reportId])
        .map((c) => ({ reportId: c.reportId, name: c.name, item: c.itemName, points: c.batchText }));
      if (rows.length === 0) return toast('请先点选要通过的申报');
      this.setData({ confirming: true, confirmRows: rows, confirmProblem: '' });
    },

    onBatchCancel() {
      this.setData({ confirming: false, confirmProblem: '' });
    },

    async onBatchConfirm(): Promise<void> {
      if (this.data.busy) return;
      const reportIds = this.data.confirmRows.map((r) => r.reportId);
      this.setData({ busy: true, confirmProblem: '' });
      const reply = await services().client.call(CONTRACTS.reports.approveReports, { reportIds });
      this.setData({ busy: false });
      const memory = memoryOf(this);
      if (!reply.ok) {
        if (reply.code === 'NETWORK') return this.setData({ confirmProblem: NO_NETWORK });
        if (CONFLICT_REASONS.includes(reply.reason)) {
          this.setData({
            confirming: false,
            notice: { tone: 'warn', text: `一条也没有通过：${fieldMessages(reply)}列表已经刷新，请重新选择。` },
          });
          scrollToTop();
          void this.loadQueue();
          return;
        }
        return this.setData({ confirmProblem: `一条也没有通过：${fieldMessages(reply)}` });
      }
      const done = new Set(reply.data.approved.map((a) => a.reportId));
      const already = reply.data.approved.filter((a) => a.already).length;
      memory.reports = memory.reports.filter((r) => !done.has(r.reportId));
      memory.total = Math.max(0, memory.total - done.size);
      this.setData({
        confirming: false,
        selecting: false,
        selected: {},
        selectedCount: 0,
        notice: {
          tone: 'ok',
          text: `已通过 ${done.size} 条申报${already ? `（其中 ${already} 条在您之前已由其他人通过）` : ''}。`,
        },
      });
      if (memory.reports.length === 0 && memory.total > 0) void this.loadQueue();
      else this.showQueue();
      scrollToTop();
    },

    onRecordEntry() {
      openPage(PAGES.officerEntry);
    },

    async onPullDownRefresh(): Promise<void> {
      if (this.data.mode === 'list' && !this.data.selecting) await this.retry();
      stopPullDownRefresh();
    },
  },
});

/** The reply's message, with each field's own words (they say whose report) when it has them. */
function fieldMessages(reply: CallFailure): string {
  const fields = reply.fields.map((f) => f.message).filter(Boolean);
  const text = fields.length ? fields.join('；') : reply.message;
  return /[。！？]$/.test(text) ? text : `${text}。`;
}
