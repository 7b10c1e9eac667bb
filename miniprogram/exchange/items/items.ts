import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import { stopPullDownRefresh } from '../../common/navigation';
import { formatPoints } from '../../common/format';
import { checkChange, checkForm, managedCard, type ItemForm, type ManagedCard, type ManagedItem } from '../common/exchange-view';
import {
  confirmDialog,
  keeperBranch,
  newIdempotencyKey,
  pickPicture,
  picturePath,
  scrollToTop,
  type KeeperBranch,
} from '../common/exchange-wx';

type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;
type Input = WechatMiniprogram.CustomEvent<{ value: string }>;
type Mode = 'list' | 'form' | 'stock';

const NO_NETWORK = '没有连上网络，还没有保存。填的都还在，连上网络后再点一次：不会重复上架或重复补货。';
const EMPTY_FORM: ItemForm = { itemId: '', name: '', note: '', price: '', stock: '', picture: '', pictureShown: '' };

interface Memory {
  branch: KeeperBranch | null;
  items: ManagedItem[];
  pictureFolder: string;
  /** The key of an add or a stock change not known to be done: a retry sends it again (the function does it once). */
  key: string;
  profileRefreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branch: null, items: [], pictureFolder: '', key: '', profileRefreshed: false }));
  return memory;
};

/**
 * 兑换物品 — the branch's catalogue as its recorder and secretary keep it (exchange.listItems, retired
 * items too: the first screen is that one call). 上架 a new item with its picture (uploaded under the
 * folder listItems names), 修改 it, 补货 or 出库 (stock in or out, with a note), 下架 or put it back.
 * Adding and stock changes carry an idempotency key kept until they are known done, so a retry after no
 * network never adds an item or stock twice.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    mode: 'list' as Mode,
    branchName: '',
    cards: [] as ManagedCard[],
    notice: null as { tone: 'ok' | 'warn'; text: string } | null,
    form: EMPTY_FORM,
    uploading: false,
    percent: 0,
    stockItem: null as ManagedCard | null,
    direction: 'in' as 'in' | 'out',
    count: '',
    stockNote: '',
    formProblem: '',
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
      if (this.data.mode !== 'list') return stopPullDownRefresh();
      void this.loadItems().then(stopPullDownRefresh);
    },

    async load(): Promise<void> {
      this.setData({ state: 'loading', problem: null });
      const found = await keeperBranch();
      if (!found.ok) return this.show(problemOf(found));
      memoryOf(this).branch = found.branch;
      if (!found.branch)
        return this.show(
          emptyProblem(
            '只有书记和记分员能管理兑换物品',
            '兑换物品由支部书记或记分员上架和补货。如果您刚被任命，请在“我的设置”里重新绑定。',
          ),
        );
      this.setData({ branchName: found.branch.branchName });
      await this.loadItems();
    },

    async loadItems(): Promise<void> {
      const memory = memoryOf(this);
      if (!memory.branch) return this.load();
      if (this.data.state !== 'ready') this.setData({ state: 'loading', problem: null });
      const reply = await services().client.call(CONTRACTS.exchange.listItems, { orgId: memory.branch.branchId, includeRetired: true });
      if (!reply.ok) return this.fail(reply);
      memory.items = reply.data.items;
      memory.pictureFolder = reply.data.pictureFolder;
      this.showList();
    },

    async fail(failure: CallFailure): Promise<void> {
      const memory = memoryOf(this);
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !memory.profileRefreshed) {
        memory.profileRefreshed = true;
        const found = await keeperBranch(true);
        if (found.ok) {
          memory.branch = found.branch;
          return found.branch ? this.loadItems() : this.load();
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
      return memoryOf(this).branch ? this.loadItems() : this.load();
    },

    onProblemAction() {
      void this.retry();
    },

    showList() {
      const items = memoryOf(this).items;
      const active = items.filter((i) => i.status === 'active');
      const cards = [...active, ...items.filter((i) => i.status === 'retired')].map(managedCard);
      this.setData({
        state: cards.length ? 'ready' : 'empty',
        problem: cards.length ? null : emptyProblem('还没有兑换物品', '点下面的“上架新物品”，写上名称、兑换积分和件数，党员就能兑换了。'),
        cards,
      });
    },

    /** An item saved: in the list as the function returned it, back to the list, with what happened on top. */
    saved(item: ManagedItem, text: string) {
      const memory = memoryOf(this);
      memory.key = '';
      memory.items = memory.items.some((i) => i.itemId === item.itemId)
        ? memory.items.map((i) => (i.itemId === item.itemId ? item : i))
        : [...memory.items, item];
      this.showList();
      this.setData({ mode: 'list', notice: { tone: 'ok', text }, formProblem: '', form: EMPTY_FORM, stockItem: null });
      scrollToTop();
    },

    failedHere(failure: CallFailure) {
      // Only a request that may have gone through keeps its key for the retry.
      if (failure.code !== 'NETWORK' && failure.reason !== 'EXCHANGE_BUSY') memoryOf(this).key = '';
      const problem =
        failure.code === 'NETWORK' ? NO_NETWORK : failure.fields.length ? failure.fields.map((f) => f.message).join('；') : failure.message;
      this.setData({ formProblem: problem });
    },

    // —— add and edit ——

    onAdd() {
      memoryOf(this).key = newIdempotencyKey();
      this.setData({ mode: 'form', form: EMPTY_FORM, formProblem: '', notice: null });
      scrollToTop();
    },

    onEdit(event: Tap<{ id: string }>) {
      const item = memoryOf(this).items.find((i) => i.itemId === event.currentTarget.dataset.id);
      if (!item) return;
      const form: ItemForm = {
        itemId: item.itemId,
        name: item.name,
        note: item.note ?? '',
        price: formatPoints(item.price),
        stock: String(item.stock),
        picture: item.picture ?? '',
        pictureShown: item.pictureUrl ?? '',
      };
      this.setData({ mode: 'form', form, formProblem: '', notice: null });
      scrollToTop();
    },

    onField(event: Input & { currentTarget: { dataset: { field: keyof ItemForm } } }) {
      this.setData({ [`form.${event.currentTarget.dataset.field}`]: event.detail.value, formProblem: '' });
    },

    async onPickPicture(): Promise<void> {
      const memory = memoryOf(this);
      if (this.data.uploading) return;
      const filePath = await pickPicture();
      if (!filePath) return;
      this.setData({ uploading: true, percent: 0, formProblem: '' });
      const uploaded = await services().client.upload(picturePath(memory.pictureFolder, filePath), filePath, (percent) =>
        this.setData({ percent }),
      );
      this.setData({ uploading: false });
      if (!uploaded.ok)
        return this.setData({
          formProblem: uploaded.code === 'NETWORK' ? '图片没有传上去：没有连上网络。请连上网络后再点“换一张图片”。' : uploaded.message,
        });
      this.setData({ 'form.picture': uploaded.data.fileID, 'form.pictureShown': filePath });
    },

    onRemovePicture() {
      this.setData({ 'form.picture': '', 'form.pictureShown': '' });
    },

    async onSave(): Promise<void> {
      const memory = memoryOf(this);
      const form = this.data.form;
      if (this.data.busy || this.data.uploading || !memory.branch) return;
      const adding = !form.itemId;
      const checked = checkForm(form, adding);
      if (!checked.ok) return this.setData({ formProblem: checked.problem });
      if (adding && !memory.key) memory.key = newIdempotencyKey();
      this.setData({ busy: true, formProblem: '' });
      const common = { name: checked.name, note: checked.note, picture: form.picture || null, price: checked.price };
      const reply = adding
        ? await services().client.call(CONTRACTS.exchange.addItem, {
            orgId: memory.branch.branchId,
            ...common,
            stock: checked.stock,
            idempotencyKey: memory.key,
          })
        : await services().client.call(CONTRACTS.exchange.editItem, { itemId: form.itemId, ...common });
      this.setData({ busy: false });
      if (!reply.ok) return this.failedHere(reply);
      this.saved(
        reply.data,
        adding
          ? `已上架“${reply.data.name}”：${formatPoints(reply.data.price)} 积分一件，库存 ${reply.data.stock} 件。党员现在就能看到。`
          : `已保存“${reply.data.name}”。以后的兑换按 ${formatPoints(reply.data.price)} 积分一件。`,
      );
    },

    onBack() {
      memoryOf(this).key = '';
      this.setData({ mode: 'list', formProblem: '', stockItem: null });
      scrollToTop();
    },

    // —— stock ——

    onStock(event: Tap<{ id: string }>) {
      const card = this.data.cards.find((c) => c.itemId === event.currentTarget.dataset.id);
      if (!card) return;
      memoryOf(this).key = newIdempotencyKey();
      this.setData({ mode: 'stock', stockItem: card, direction: 'in', count: '', stockNote: '', formProblem: '', notice: null });
      scrollToTop();
    },

    onDirection(event: Tap<{ direction: 'in' | 'out' }>) {
      this.setData({ direction: event.currentTarget.dataset.direction, formProblem: '' });
    },

    onCount(event: Input) {
      this.setData({ count: event.detail.value, formProblem: '' });
    },

    onStockNote(event: Input) {
      this.setData({ stockNote: event.detail.value });
    },

    async onStockSave(): Promise<void> {
      const memory = memoryOf(this);
      const item = this.data.stockItem;
      if (!item || this.data.busy) return;
      const checked = checkChange(this.data.count, this.data.direction);
      if (!checked.ok) return this.setData({ formProblem: checked.problem });
      if (!memory.key) memory.key = newIdempotencyKey();
      this.setData({ busy: true, formProblem: '' });
      const reply = await services().client.call(CONTRACTS.exchange.restockItem, {
        itemId: item.itemId,
        change: checked.change,
        note: this.data.stockNote.trim() || null,
        idempotencyKey: memory.key,
      });
      this.setData({ busy: false });
      if (!reply.ok) return this.failedHere(reply);
      const n = Math.abs(checked.change);
      this.saved(
        reply.data,
        `“${reply.data.name}”${checked.change > 0 ? `补货 ${n} 件` : `出库 ${n} 件`}，现在库存 ${reply.data.stock} 件。`,
      );
    },

    // —— retire ——

    async onRetire(event: Tap<{ id: string }>): Promise<void> {
      const item = memoryOf(this).items.find((i) => i.itemId === event.currentTarget.dataset.id);
      if (!item || this.data.busy) return;
      const retire = item.status === 'active';
      if (retire) {
        const sure = await confirmDialog(
          '下架物品',
          `下架“${item.name}”后，党员就不能再兑换它了；已经兑换的照常领取。以后可以重新上架。`,
          '下架',
        );
        if (!sure) return;
      }
      this.setData({ busy: true, notice: null });
      const reply = await services().client.call(CONTRACTS.exchange.retireItem, { itemId: item.itemId, retired: retire });
      this.setData({ busy: false });
      if (!reply.ok)
        return this.setData({
          notice: { tone: 'warn', text: reply.code === 'NETWORK' ? '没有连上网络，还没有办好。连上网络后再点一次。' : reply.message },
        });
      this.saved(reply.data, retire ? `已下架“${reply.data.name}”。` : `“${reply.data.name}”已重新上架，党员又能兑换了。`);
    },
  },
});
