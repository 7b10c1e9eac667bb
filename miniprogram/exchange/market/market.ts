import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { openPage, stopPullDownRefresh, restartAt } from '../../common/navigation';
import {
  balanceCard,
  itemCard,
  pointsText,
  redeemProblem,
  rulesLines,
  windowText,
  type BalanceCard,
  type Catalogue,
  type ItemCard,
} from '../common/exchange-view';
import { confirmDialog, newIdempotencyKey, scrollToTop } from '../common/exchange-wx';

type Tap = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>;

/** Refusals after which the catalogue the page shows is out of date: it asks for it again (one call). */
const STALE_REASONS = [
  'EXCHANGE_PRICE_CHANGED',
  'EXCHANGE_OUT_OF_STOCK',
  'EXCHANGE_ITEM_RETIRED',
  'EXCHANGE_ITEM_NOT_FOUND',
  'EXCHANGE_BALANCE_LOW',
  'EXCHANGE_WINDOW_CLOSED',
];
/** Refusals that mean this try did not happen and a retry is the same redemption: the key is kept. */
const SAME_TRY_REASONS = ['EXCHANGE_BUSY'];

interface Pending {
  price: number;
  key: string;
}
interface Memory {
  catalogue: Catalogue | null;
  /**
   * The idempotency key of a redemption not known to be done or refused, by item: a retry (after no
   * network, or busy) sends the same key, so however often the member taps, the points are spent once.
   */
  pending: Map<string, Pending>;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { catalogue: null, pending: new Map() }));
  return memory;
};

interface Notice {
  tone: 'ok' | 'warn';
  title: string;
  text: string;
}

/**
 * 积分兑换 (志愿服务超市) — what the member can take with their exchange points. The first screen is one
 * call (exchange.catalogue: items, stock, my balance, the rules and today's window). 兑换 asks first,
 * saying the cost and the balance after, then redeems at the price shown, once per idempotency key.
 * A refusal (not the time, not enough points, sold out, price changed, busy) says what to do next.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    memberName: '',
    balance: null as BalanceCard | null,
    windowOpen: false,
    windowText: '',
    rules: [] as string[],
    cards: [] as ItemCard[],
    notice: null as Notice | null,
    busyId: '',
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
      void this.load().then(stopPullDownRefresh);
    },

    async load(): Promise<void> {
      if (this.data.state !== 'ready') this.setData({ state: 'loading', problem: null });
      const reply = await services().client.call(CONTRACTS.exchange.catalogue, {});
      if (!reply.ok) return this.fail(reply);
      memoryOf(this).catalogue = reply.data;
      this.showCatalogue();
    },

    fail(failure: CallFailure) {
      const problem: Problem =
        failure.reason === 'EXCHANGE_OFF'
          ? emptyProblem(
              '本支部今年不开展积分兑换',
              `${failure.message.replace(/[。.]?请.*$/, '')}。积分照常记录，年度结果不受影响；如有疑问，请问支部书记。`,
            )
          : failure.reason === 'NOT_OWN_MEMBER' || failure.reason === 'MEMBER_NOT_FOUND'
            ? { ...problemOf(failure), title: '只有党员本人能兑换' }
            : problemOf(failure);
      this.setData({ state: problem.state, problem, balance: null });
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

    showCatalogue() {
      const catalogue = memoryOf(this).catalogue;
      if (!catalogue) return;
      const { balance, window, member } = catalogue;
      const cards = catalogue.items.map((item) => itemCard(item, balance.available, window, member.branchId));
      this.setData({
        state: cards.length ? 'ready' : 'empty',
        problem: cards.length
          ? null
          : emptyProblem('还没有可以兑换的物品', '支部上架物品后会出现在这里。您的兑换积分照常累计，下拉可以刷新。'),
        memberName: member.name,
        balance: balanceCard(balance),
        windowOpen: window.open,
        windowText: windowText(window),
        rules: rulesLines(catalogue.rules),
        cards,
      });
    },

    async onRedeem(event: Tap): Promise<void> {
      const memory = memoryOf(this);
      const item = memory.catalogue?.items.find((i) => i.itemId === event.currentTarget.dataset.id);
      const card = this.data.cards.find((c) => c.itemId === item?.itemId);
      if (!item || !card || !memory.catalogue || this.data.busyId) return;
      if (!card.canRedeem) return this.setData({ notice: { tone: 'warn', title: `“${item.name}”现在不能兑换`, text: `${card.why}。` } });
      const available = memory.catalogue.balance.available;
      const sure = await confirmDialog(
        '确认兑换',
        `兑换“${item.name}”1 件，用 ${pointsText(item.price)}。兑换后还剩 ${pointsText(available - item.price)}。兑换后请到${item.orgName}领取。`,
        '确认兑换',
      );
      if (!sure) return;
      let pending = memory.pending.get(item.itemId);
      if (!pending || pending.price !== item.price)
        memory.pending.set(item.itemId, (pending = { price: item.price, key: newIdempotencyKey() }));
      this.setData({ busyId: item.itemId, notice: null });
      const reply = await services().client.call(CONTRACTS.exchange.redeem, {
        itemId: item.itemId,
        quantity: 1,
        price: item.price,
        idempotencyKey: pending.key,
      });
      this.setData({ busyId: '' });
      if (!reply.ok) return this.redeemFailed(item.itemId, reply);
      memory.pending.delete(item.itemId);
      memory.catalogue = {
        ...memory.catalogue,
        balance: reply.data.balance,
        items: memory.catalogue.items.map((i) => (i.itemId === item.itemId ? { ...i, stock: reply.data.stock } : i)),
      };
      this.showCatalogue();
      const r = reply.data.redemption;
      this.setData({
        notice: {
          tone: 'ok',
          title: '兑换成功',
          text: `“${r.itemName}”${r.quantity} 件，用了 ${pointsText(r.points)}，还剩 ${pointsText(reply.data.balance.available)}。请到${r.orgName}领取，在“我的兑换记录”里能看到。`,
        },
      });
      scrollToTop();
    },

    redeemFailed(itemId: string, failure: CallFailure) {
      const memory = memoryOf(this);
      // No reply, or busy: it may yet happen (or has), so the next tap sends the same key. Anything else: a new try next time.
      if (failure.code !== 'NETWORK' && !SAME_TRY_REASONS.includes(failure.reason)) memory.pending.delete(itemId);
      const problem = redeemProblem(failure);
      this.setData({ notice: { tone: 'warn', ...problem } });
      scrollToTop();
      if (STALE_REASONS.includes(failure.reason)) void this.load();
    },

    onMine() {
      openPage(PAGES.exchangeMine);
    },

    onStatement() {
      openPage(`${PAGES.exchangeMine}?tab=statement`);
    },
  },
});
