import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import { callerBranch } from '../../common/caller-branch';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import type { CallFailure } from '../../services/call-result';
import { PAGES } from '../../common/pages';
import { openPage, restartAt, stopPullDownRefresh, toast } from '../../common/navigation';
import { previewPhotos } from '../common/photos';
import { appealItemOf, type Appeal, type AppealItem } from '../common/publication-view';
import { answerRequestOf, cancellableLines, itemsOf, periodRange, type AnswerDraft, type LedgerLine, type LineChoice } from './answer-form';

interface Card extends AppealItem {
  periodLabel: string;
}

interface FormView extends AnswerDraft {
  appealId: string;
  linesState: 'idle' | 'loading' | 'ready' | 'error';
  linesError: string;
  lines: LineChoice[];
  items: { code: string; name: string }[];
  itemLabels: string[];
  itemIndex: number;
  dateFrom: string;
  dateTo: string;
  sending: boolean;
  error: string;
}

const NO_FORM: FormView = {
  appealId: '',
  decision: 'accept',
  answer: '',
  correction: 'none',
  entryId: '',
  itemCode: '',
  date: '',
  points: '',
  linesState: 'idle',
  linesError: '',
  lines: [],
  items: [],
  itemLabels: [],
  itemIndex: -1,
  dateFrom: '',
  dateTo: '',
  sending: false,
  error: '',
};

interface Memory {
  branchId: string;
  appeals: Appeal[];
  /** The members' ledgers of the year, fetched when a correction needs them (memberId:year → lines). */
  ledgers: Map<string, LedgerLine[]>;
  refreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branchId: '', appeals: [], ledgers: new Map(), refreshed: false }));
  return memory;
};

type Tap<D extends WechatMiniprogram.IAnyObject> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;

/**
 * 答复异议 — the branch's unanswered appeals, the most urgent first (appealQueue: the first screen's one
 * call), the overdue flagged. Each is answered where it stands: 采纳, with a correction if the points were
 * wrong (a line of the member's period cancelled, or a line added), or 不予采纳 with the reason the member
 * will read. The member's ledger is asked only when a correction needs it.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    branchName: '',
    cards: [] as Card[],
    overdue: 0,
    form: NO_FORM,
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
    async load(fresh = false): Promise<void> {
      const memory = memoryOf(this);
      this.setData({ state: 'loading', problem: null, form: NO_FORM });
      const who = await callerBranch(fresh);
      if (!who.ok) return this.fail(who);
      if (who.audience.kind === 'stranger') return restartAt(PAGES.bind);
      if (!who.branch || who.branch.role === null)
        return this.show(emptyProblem('答复异议由支部书记负责', '党员提的异议，请在“公示栏”里查看答复。'));
      memory.branchId = who.branch.branchId;
      this.setData({ branchName: who.branch.branchName });
      const reply = await services().client.call(CONTRACTS.publications.appealQueue, { branchId: memory.branchId });
      if (!reply.ok) return this.fail(reply);
      memory.appeals = reply.data.appeals;
      this.showQueue();
    },

    showQueue() {
      const appeals = memoryOf(this).appeals;
      if (appeals.length === 0) return this.show(emptyProblem('没有待答复的异议', '党员在公示期内提出异议后，会出现在这里。'));
      const cards = appeals.map((a) => ({ ...appealItemOf(a), periodLabel: periodRange(a.period).label }));
      this.setData({ state: 'ready', problem: null, cards, overdue: cards.filter((c) => c.tone === 'overdue').length });
    },

    fail(failure: CallFailure): Promise<void> | void {
      const memory = memoryOf(this);
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !memory.refreshed) {
        memory.refreshed = true;
        return this.load(true);
      }
      this.show(problemOf(failure));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.load());
    },

    onProblemAction() {
      if (this.data.problem?.action === 'bind') return openPage(PAGES.bind);
      watchOnline(this, false);
      void this.load();
    },

    onPreviewPhoto(event: Tap<{ card: number; url: string }>) {
      const card = this.data.cards[Number(event.currentTarget.dataset.card)];
      if (card)
        previewPhotos(
          event.currentTarget.dataset.url,
          card.photos.map((p) => p.url),
        );
    },

    /** 采纳 or 不予采纳 on a card: its answer form opens there (one at a time). */
    onDecide(event: Tap<{ id: string; decision: 'accept' | 'reject' }>) {
      const { id, decision } = event.currentTarget.dataset;
      const appeal = memoryOf(this).appeals.find((a) => a.appealId === id);
      if (!appeal || this.data.form.sending) return;
      const { from, to } = periodRange(appeal.period);
      const same = this.data.form.appealId === id;
      this.setData({ form: { ...(same ? this.data.form : NO_FORM), appealId: id, decision, dateFrom: from, dateTo: to, error: '' } });
    },

    onAnswerInput(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ 'form.answer': event.detail.value, 'form.error': '' });
    },

    async onCorrection(event: Tap<{ kind: AnswerDraft['correction'] }>): Promise<void> {
      const kind = event.currentTarget.dataset.kind;
      this.setData({ 'form.correction': kind, 'form.error': '' });
      if (kind !== 'none' && this.data.form.linesState !== 'ready') await this.loadLedger();
    },

    async loadLedger(): Promise<void> {
      const memory = memoryOf(this);
      const appeal = memory.appeals.find((a) => a.appealId === this.data.form.appealId);
      if (!appeal) return;
      const year = Number(appeal.period.slice(0, 4));
      const key = `${appeal.memberId}:${year}`;
      let lines = memory.ledgers.get(key);
      if (!lines) {
        this.setData({ 'form.linesState': 'loading', 'form.linesError': '' });
        const reply = await services().client.call(CONTRACTS.home.memberLedger, { memberId: appeal.memberId, year, offset: 0, limit: 100 });
        if (!reply.ok) {
          this.setData({ 'form.linesState': 'error', 'form.linesError': reply.message });
          return;
        }
        lines = reply.data.lines;
        memory.ledgers.set(key, lines);
      }
      const items = itemsOf(lines);
      this.setData({
        'form.linesState': 'ready',
        'form.lines': cancellableLines(lines, appeal.period),
        'form.items': items,
        'form.itemLabels': items.map((i) => i.name),
      });
    },

    onPickLine(event: Tap<{ id: string }>) {
      this.setData({ 'form.entryId': event.currentTarget.dataset.id, 'form.error': '' });
    },

    onPickItem(event: WechatMiniprogram.CustomEvent<{ value: string | number }>) {
      const index = Number(event.detail.value);
      const item = this.data.form.items[index];
      if (item) this.setData({ 'form.itemIndex': index, 'form.itemCode': item.code, 'form.error': '' });
    },

    onPickDate(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ 'form.date': event.detail.value, 'form.error': '' });
    },

    onPointsInput(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ 'form.points': event.detail.value, 'form.error': '' });
    },

    onCancelAnswer() {
      if (!this.data.form.sending) this.setData({ form: NO_FORM });
    },

    async onSubmitAnswer(): Promise<void> {
      const form = this.data.form;
      if (!form.appealId || form.sending) return;
      const built = answerRequestOf(form.appealId, form);
      if (!built.ok) {
        this.setData({ 'form.error': built.message });
        return;
      }
      this.setData({ 'form.sending': true, 'form.error': '' });
      const reply = await services().client.call(CONTRACTS.publications.answerAppeal, built.request);
      if (!reply.ok) {
        this.setData({ 'form.sending': false, 'form.error': reply.message });
        return;
      }
      const memory = memoryOf(this);
      memory.appeals = memory.appeals.filter((a) => a.appealId !== form.appealId);
      // The member's ledger changed with a correction: ask again next time.
      memory.ledgers.delete(`${reply.data.memberId}:${Number(reply.data.period.slice(0, 4))}`);
      this.setData({ form: NO_FORM });
      this.showQueue();
      toast(reply.data.status === 'accepted' ? '已采纳并答复' : '已答复：不予采纳');
    },

    async onPullDownRefresh(): Promise<void> {
      await this.load();
      stopPullDownRefresh();
    },
  },
});
