import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import { callerBranch } from '../../common/caller-branch';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import type { CallFailure } from '../../services/call-result';
import { PAGES } from '../../common/pages';
import { confirmDialog, openPage, restartAt, stopPullDownRefresh, toast } from '../../common/navigation';
import { rowsOf, type RowView } from '../common/publication-view';
import { PUBLICATION_PAGES } from '../common/publication-pages';
import { askPublishNotices, learnPublishNotices, recordNoticeAnswers } from '../common/publish-notice';
import { now, today } from '../../common/clock';
import { draftViewOf, publishConfirmText, type Draft, type DraftView } from './manage-view';

interface Memory {
  branchId: string;
  draft: Draft | null;
  refreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branchId: '', draft: null, refreshed: false }));
  return memory;
};

/**
 * 公示管理 — for the branch's officers: the period due now drafted from the ledger (draftPublication: the
 * first screen's one call), any other period of the year one pick away; what stops publishing (the period
 * not over, reports waiting) said plainly; 发布公示 for the secretary, with a confirm that states the window
 * (and the subscription request, at that tap only); the way to the appeals; the board setting (rankings,
 * off by default, and why).
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    branchName: '',
    secretary: false,
    view: null as DraftView | null,
    rows: [] as RowView[],
    showRanking: false,
    publishing: false,
    settingRanking: false,
    actionError: '',
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
    async load(period?: string, fresh = false): Promise<void> {
      const memory = memoryOf(this);
      this.setData({ state: 'loading', problem: null, actionError: '' });
      const who = await callerBranch(fresh);
      if (!who.ok) return this.fail(who);
      if (who.audience.kind === 'stranger') return restartAt(PAGES.bind);
      if (!who.branch || who.branch.role === null)
        return this.show(emptyProblem('公示管理由支部书记、记分员使用', '党员请在“公示栏”查看每一期的积分公示。'));
      memory.branchId = who.branch.branchId;
      this.setData({ branchName: who.branch.branchName, secretary: who.branch.role === 'secretary' });
      const reply = await services().client.call(CONTRACTS.publications.draftPublication, {
        branchId: memory.branchId,
        ...(period ? { period } : {}),
      });
      if (!reply.ok) return this.fail(reply);
      this.showDraft(reply.data);
    },

    showDraft(draft: Draft) {
      memoryOf(this).draft = draft;
      const view = draftViewOf(draft, today());
      this.setData({ state: 'ready', problem: null, view, rows: rowsOf(draft.board, null), showRanking: draft.showRanking });
      // The notices' template ids, needed at the publish tap: learnt in the background, after the first screen.
      if (view.stage === 'publish' && this.data.secretary) void learnPublishNotices(services().client, now());
    },

    fail(failure: CallFailure): Promise<void> | void {
      const memory = memoryOf(this);
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !memory.refreshed) {
        memory.refreshed = true;
        return this.load(this.data.view?.periodKey, true);
      }
      this.show(problemOf(failure));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.load(this.data.view?.periodKey));
    },

    onProblemAction() {
      if (this.data.problem?.action === 'bind') return openPage(PAGES.bind);
      watchOnline(this, false);
      void this.load(this.data.view?.periodKey);
    },

    onPeriodChange(event: WechatMiniprogram.CustomEvent<{ value: string | number }>) {
      const choice = memoryOf(this).draft?.choices[Number(event.detail.value)];
      if (choice && choice.key !== this.data.view?.periodKey) void this.load(choice.key);
    },

    async onPublish(): Promise<void> {
      // The subscription dialog must come first, straight in the tap, before anything awaits.
      askPublishNotices();
      const view = this.data.view;
      if (!view || view.stage !== 'publish' || this.data.publishing) return;
      const go = await confirmDialog(`发布${view.periodLabel}的公示？`, publishConfirmText(view), '发布', '再看看');
      if (!go) return;
      this.setData({ publishing: true, actionError: '' });
      const reply = await services().client.call(CONTRACTS.publications.publishPeriod, {
        branchId: memoryOf(this).branchId,
        period: view.periodKey,
      });
      if (!reply.ok) {
        this.setData({ publishing: false, actionError: reply.message });
        return;
      }
      const draft = memoryOf(this).draft;
      if (draft) this.showDraft({ ...draft, board: reply.data.board, published: reply.data.publication });
      this.setData({ publishing: false });
      void recordNoticeAnswers(services().client);
      toast(reply.data.publishedNow ? '公示已发布' : '这一期已经发布过了');
    },

    onOpenBoard() {
      const id = this.data.view?.publicationId;
      if (id) openPage(PUBLICATION_PAGES.board(id));
    },

    onOpenList() {
      openPage(PUBLICATION_PAGES.list);
    },

    onOpenAppeals() {
      openPage(PUBLICATION_PAGES.appeals);
    },

    async onRankingChange(event: WechatMiniprogram.CustomEvent<{ value: boolean }>): Promise<void> {
      const view = this.data.view;
      if (!view || this.data.settingRanking) return;
      const showRanking = event.detail.value;
      this.setData({ settingRanking: true, showRanking, actionError: '' });
      const reply = await services().client.call(CONTRACTS.publications.setBoardSettings, {
        branchId: memoryOf(this).branchId,
        year: view.year,
        showRanking,
      });
      if (!reply.ok) {
        this.setData({ settingRanking: false, showRanking: !showRanking, actionError: reply.message });
        return;
      }
      this.setData({ settingRanking: false, showRanking: reply.data.showRanking });
      toast(reply.data.showRanking ? '以后的公示显示排名' : '以后的公示不显示排名');
    },

    async onPullDownRefresh(): Promise<void> {
      await this.load(this.data.view?.periodKey);
      stopPullDownRefresh();
    },
  },
});
