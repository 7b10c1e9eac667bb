import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { openPage, stopPullDownRefresh } from '../../common/navigation';
import { redemptionRow, type Redemption, type RedemptionRow } from '../common/exchange-view';
import { confirmDialog, keeperBranch, scrollToTop, type KeeperBranch } from '../common/exchange-wx';

type Status = 'awaiting' | 'handedOver';
type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;

/** As many as markHandedOver takes at once (MAX_HAND_OVER). */
const PAGE_SIZE = 50;
const NO_NETWORK = '没有连上网络，还没有登记。选的都还在，连上网络后再点一次“登记已领取”。';

interface Memory {
  branch: KeeperBranch | null;
  redemptions: Redemption[];
  total: number;
  profileRefreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branch: null, redemptions: [], total: 0, profileRefreshed: false }));
  return memory;
};

interface Notice {
  tone: 'ok' | 'warn';
  title: string;
  text: string;
}

/**
 * 领取登记 — for the branch's recorder and secretary: the members' redemptions waiting for their goods,
 * oldest first (exchange.handOverQueue: the first screen is that one call). Tick the ones handed over and
 * register them at once (exchange.markHandedOver, up to 50); 已领取 shows those done. Leads to the
 * catalogue's upkeep (兑换物品).
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    status: 'awaiting' as Status,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    branchName: '',
    rows: [] as RedemptionRow[],
    total: 0,
    selected: {} as Record<string, boolean>,
    selectedCount: 0,
    notice: null as Notice | null,
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
    onPullDownRefresh() {
      void this.loadQueue().then(stopPullDownRefresh);
    },

    async load(): Promise<void> {
      this.setData({ state: 'loading', problem: null });
      const found = await keeperBranch();
      if (!found.ok) return this.show(problemOf(found));
      memoryOf(this).branch = found.branch;
      if (!found.branch)
        return this.show(
          emptyProblem('只有书记和记分员能登记领取', '兑换物品的领取由支部书记或记分员登记。如果您刚被任命，请在“我的设置”里重新绑定。'),
        );
      this.setData({ branchName: found.branch.branchName });
      await this.loadQueue();
    },

    async loadQueue(): Promise<void> {
      const memory = memoryOf(this);
      if (!memory.branch) return this.load();
      const status = this.data.status;
      if (this.data.state !== 'ready') this.setData({ state: 'loading', problem: null });
      const reply = await services().client.call(CONTRACTS.exchange.handOverQueue, {
        branchId: memory.branch.branchId,
        status,
        offset: 0,
        limit: PAGE_SIZE,
      });
      if (status !== this.data.status) return;
      if (!reply.ok) return this.fail(reply);
      memory.redemptions = reply.data.redemptions;
      memory.total = reply.data.total;
      this.showQueue();
    },

    async fail(failure: CallFailure): Promise<void> {
      const memory = memoryOf(this);
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !memory.profileRefreshed) {
        memory.profileRefreshed = true;
        const found = await keeperBranch(true);
        if (found.ok) {
          memory.branch = found.branch;
          return found.branch ? this.loadQueue() : this.load();
        }
      }
      this.show(problemOf(failure));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.retry());
    },

    retry(): Promise<void> {
      watchOnline(this, false);
      return memoryOf(this).branch ? this.loadQueue() : this.load();
    },

    onProblemAction() {
      void this.retry();
    },

    showQueue() {
      const memory = memoryOf(this);
      const rows = memory.redemptions.map(redemptionRow);
      const selected = Object.fromEntries(
        rows.filter((r) => this.data.selected[r.redemptionId]).map((r) => [r.redemptionId, true] as const),
      );
      const awaiting = this.data.status === 'awaiting';
      this.setData({
        state: rows.length ? 'ready' : 'empty',
        problem: rows.length
          ? null
          : awaiting
            ? emptyProblem('没有等待领取的物品', '党员兑换物品后会出现在这里。把物品交给本人后，在这里登记。')
            : emptyProblem('还没有登记过领取', '登记过的领取会出现在这里。'),
        rows,
        total: memory.total,
        selected,
        selectedCount: Object.keys(selected).length,
      });
    },

    onStatus(event: Tap<{ status: Status }>) {
      const status = event.currentTarget.dataset.status;
      if (status === this.data.status) return;
      watchOnline(this, false);
      this.setData({ status, state: 'loading', selected: {}, selectedCount: 0, notice: null, rows: [] });
      void this.loadQueue();
    },

    onRowTap(event: Tap<{ id: string }>) {
      if (this.data.status !== 'awaiting') return;
      const id = event.currentTarget.dataset.id;
      const selected = { ...this.data.selected };
      if (selected[id]) delete selected[id];
      else selected[id] = true;
      this.setData({ selected, selectedCount: Object.keys(selected).length });
    },

    onSelectAll() {
      const selected = Object.fromEntries(this.data.rows.map((r) => [r.redemptionId, true] as const));
      this.setData({ selected, selectedCount: this.data.rows.length });
    },

    async onHandOver(): Promise<void> {
      if (this.data.busy || !this.data.selectedCount) return;
      const rows = this.data.rows.filter((r) => this.data.selected[r.redemptionId]);
      const list = rows.map((r) => `${r.memberName}：${r.item}`).join('；');
      const sure = await confirmDialog('登记已领取', `${list}。这些物品都已交到本人手里了吗？`, '已交给本人');
      if (!sure) return;
      this.setData({ busy: true, notice: null });
      const reply = await services().client.call(CONTRACTS.exchange.markHandedOver, { redemptionIds: rows.map((r) => r.redemptionId) });
      this.setData({ busy: false });
      if (!reply.ok) return this.handOverFailed(reply);
      const done = new Set(reply.data.redemptions.map((r) => r.redemptionId));
      const memory = memoryOf(this);
      memory.redemptions = memory.redemptions.filter((r) => !done.has(r.redemptionId));
      memory.total = Math.max(0, memory.total - done.size);
      this.setData({ selected: {}, selectedCount: 0 });
      this.showQueue();
      this.setData({ notice: { tone: 'ok', title: `已登记 ${done.size} 条领取`, text: `${list}。党员在“我的兑换”里会看到“已领取”。` } });
      scrollToTop();
    },

    handOverFailed(failure: CallFailure) {
      const stale = failure.reason === 'REDEMPTION_NOT_FOUND';
      this.setData({
        notice: {
          tone: 'warn',
          title: failure.code === 'NETWORK' ? '没有连上网络' : failure.reason === 'SELF_HANDOVER' ? '不能给自己登记' : '没能登记',
          text:
            failure.code === 'NETWORK'
              ? NO_NETWORK
              : stale
                ? `${failure.message.replace(/[。.]?请.*$/, '')}。列表已经刷新，请重新选择。`
                : failure.message,
        },
      });
      scrollToTop();
      if (stale) void this.loadQueue();
    },

    onItems() {
      openPage(PAGES.exchangeItems);
    },
  },
});
