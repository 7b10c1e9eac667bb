import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { openPage, restartAt, stopPullDownRefresh, toast } from '../../common/navigation';
import { redemptionRow, statementView, type Redemption, type RedemptionRow, type StatementView } from '../common/exchange-view';

type Tab = 'redemptions' | 'statement';
type Tap = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { tab: Tab }>;

const PAGE_SIZE = 20;

interface Memory {
  redemptions: Redemption[] | null;
  total: number;
  statement: StatementView | null;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { redemptions: null, total: 0, statement: null }));
  return memory;
};

/**
 * 我的兑换 — two tabs: what I redeemed, newest first, and whether I have the goods yet
 * (exchange.myRedemptions); and 兑换积分明细, the balance line by line (exchange.balanceStatement). The
 * first screen is the one call of the tab it opens on (`?tab=statement` from the 积分兑换 page); the other
 * tab is asked for once, when it is first opened.
 */
Component({
  behaviors: [careModeBehavior],
  properties: {
    tab: { type: String, value: 'redemptions' },
  },
  data: {
    care: false,
    current: 'redemptions' as Tab,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    rows: [] as RedemptionRow[],
    total: 0,
    awaiting: 0,
    moreCount: 0,
    loadingMore: false,
    statement: null as StatementView | null,
  },
  lifetimes: {
    attached() {
      const current: Tab = this.data.tab === 'statement' ? 'statement' : 'redemptions';
      this.setData({ current });
      void this.load();
    },
    detached() {
      watchOnline(this, false);
    },
  },
  methods: {
    onPullDownRefresh() {
      const memory = memoryOf(this);
      if (this.data.current === 'statement') memory.statement = null;
      else memory.redemptions = null;
      void this.load().then(stopPullDownRefresh);
    },

    /** The current tab: from memory, or its one call. */
    async load(): Promise<void> {
      const memory = memoryOf(this);
      const tab = this.data.current;
      if (tab === 'statement' ? memory.statement : memory.redemptions) return this.showTab();
      this.setData({ state: 'loading', problem: null });
      if (tab === 'statement') {
        const reply = await services().client.call(CONTRACTS.exchange.balanceStatement, {});
        if (!reply.ok) return this.fail(reply, tab);
        memory.statement = statementView(reply.data);
      } else {
        const reply = await services().client.call(CONTRACTS.exchange.myRedemptions, { offset: 0, limit: PAGE_SIZE });
        if (!reply.ok) return this.fail(reply, tab);
        memory.redemptions = reply.data.redemptions;
        memory.total = reply.data.total;
      }
      if (this.data.current === tab) this.showTab();
    },

    fail(failure: CallFailure, tab: Tab) {
      if (this.data.current !== tab) return;
      const problem: Problem =
        failure.reason === 'EXCHANGE_OFF' || failure.reason === 'NO_SCHEME_FOR_YEAR'
          ? emptyProblem('今年没有兑换积分', '本支部今年的积分方案不开展积分兑换，或今年的积分还没开始。如有疑问，请问支部书记。')
          : problemOf(failure);
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.retry());
    },

    retry(): Promise<void> {
      watchOnline(this, false);
      return this.load();
    },

    onProblemAction() {
      if (this.data.problem?.action === 'bind') return restartAt(PAGES.bind);
      void this.retry();
    },

    showTab() {
      const memory = memoryOf(this);
      if (this.data.current === 'statement') {
        const statement = memory.statement;
        if (!statement) return;
        return this.setData({ state: 'ready', problem: null, statement });
      }
      const redemptions = memory.redemptions ?? [];
      if (redemptions.length === 0)
        return this.setData({
          state: 'empty',
          problem: emptyProblem('还没有兑换过', '在“积分兑换”里用兑换积分换了物品后，会记在这里，领没领到也看得清楚。'),
          rows: [],
        });
      const rows = redemptions.map(redemptionRow);
      this.setData({
        state: 'ready',
        problem: null,
        rows,
        total: memory.total,
        awaiting: rows.filter((r) => !r.handedOver).length,
        moreCount: Math.max(0, memory.total - rows.length),
      });
    },

    onTab(event: Tap) {
      const tab = event.currentTarget.dataset.tab;
      if (tab === this.data.current) return;
      watchOnline(this, false);
      this.setData({ current: tab });
      void this.load();
    },

    async onMore(): Promise<void> {
      const memory = memoryOf(this);
      if (!memory.redemptions || this.data.loadingMore) return;
      this.setData({ loadingMore: true });
      const reply = await services().client.call(CONTRACTS.exchange.myRedemptions, { offset: memory.redemptions.length, limit: PAGE_SIZE });
      this.setData({ loadingMore: false });
      if (!reply.ok) return toast(reply.code === 'NETWORK' ? '没有连上网络，请稍后再点' : '没能打开更多，请稍后再点');
      const known = new Set(memory.redemptions.map((r) => r.redemptionId));
      memory.redemptions = [...memory.redemptions, ...reply.data.redemptions.filter((r) => !known.has(r.redemptionId))];
      memory.total = reply.data.total;
      this.showTab();
    },

    onExchange() {
      openPage(PAGES.exchange);
    },
  },
});
