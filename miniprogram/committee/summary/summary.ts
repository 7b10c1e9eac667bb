import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, type Problem } from '../../common/problem';
import { openPage, stopPullDownRefresh, toast } from '../../common/navigation';
import { openSpreadsheet } from '../../common/wechat-document';
import { branchAdminUrl, schemeUrl } from '../common/committee-links';
import { asOfText, branchRowOf, figuresOf, headlineOf, type BranchRow, type CommitteeSummary, type Figure } from '../common/summary-view';

type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;

/** Branches per call: a committee of 32 branches is two pages. */
const PAGE_SIZE = 20;

interface Memory {
  summary: CommitteeSummary | null;
  /** Left for a branch's scheme or admin page: its figures may have changed when the page shows again. */
  away: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { summary: null, away: false }));
  return memory;
};

/**
 * 党委总览 — the committee's first screen (home.committeeSummary, one call): the committee in a sentence, the
 * totals that ask for action, and every branch, those needing attention first, each leading to the branch's
 * admin pages and to its scheme. 导出汇总表 asks exports.summaryForm for the .xlsx and opens it on the phone
 * with the menu to forward it.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    committeeName: '',
    asOf: '',
    headline: '',
    figures: [] as Figure[],
    rows: [] as BranchRow[],
    more: 0,
    loadingMore: false,
    moreProblem: '',
    exporting: '' as '' | 'making' | 'opening',
    exportProblem: '',
  },
  lifetimes: {
    attached() {
      void this.load();
    },
    detached() {
      watchOnline(this, false);
    },
  },
  pageLifetimes: {
    /** Back from a branch's pages (a scheme set, a roster imported): the figures again, quietly. */
    show() {
      const memory = memoryOf(this);
      if (memory.away && this.data.state === 'ready') {
        memory.away = false;
        void this.load(true);
      }
    },
  },
  methods: {
    async load(quietly = false): Promise<void> {
      if (!quietly) this.setData({ state: 'loading', problem: null });
      const reply = await services().client.call(CONTRACTS.home.committeeSummary, { limit: PAGE_SIZE });
      if (!reply.ok) return quietly ? undefined : this.show(this.problemOf(reply));
      this.open(reply.data);
    },

    problemOf(failure: CallFailure): Problem {
      if (failure.reason === 'NOT_COMMITTEE_ADMIN')
        return emptyProblem(
          '只有党委管理员能看总览',
          '党委总览由上级党委（组织办）的管理员使用。如果您刚被设为管理员，请在“我的设置”里重新绑定。',
        );
      return problemOf(failure);
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

    open(summary: CommitteeSummary) {
      memoryOf(this).summary = summary;
      if (summary.total === 0) {
        return this.show(
          emptyProblem(`${summary.committee.name}下还没有支部`, '先建立支部，再由支部书记导入党员名册。建好后这里会列出每个支部的情况。'),
        );
      }
      this.setData({
        state: 'ready',
        problem: null,
        committeeName: summary.committee.name,
        asOf: asOfText(summary),
        headline: headlineOf(summary),
        figures: figuresOf(summary),
        rows: summary.branches.map(branchRowOf),
        more: summary.total - summary.branches.length,
        moreProblem: '',
      });
    },

    /** The next branches (the totals stay those of the first call: they are over every branch). */
    async onMore(): Promise<void> {
      const memory = memoryOf(this);
      const summary = memory.summary;
      if (!summary || this.data.loadingMore) return;
      this.setData({ loadingMore: true, moreProblem: '' });
      const reply = await services().client.call(CONTRACTS.home.committeeSummary, {
        committeeId: summary.committee.id,
        year: summary.year,
        offset: summary.branches.length,
        limit: PAGE_SIZE,
      });
      if (!reply.ok) {
        this.setData({
          loadingMore: false,
          moreProblem: reply.code === 'NETWORK' ? '没有连上网络。连上网络后再点一次“再显示”。' : `没能显示更多支部：${reply.message}`,
        });
        return;
      }
      memory.summary = { ...summary, branches: [...summary.branches, ...reply.data.branches], total: reply.data.total };
      this.setData({
        loadingMore: false,
        rows: memory.summary.branches.map(branchRowOf),
        more: reply.data.total - memory.summary.branches.length,
      });
    },

    onBranch(event: Tap<{ id: string; name: string }>) {
      memoryOf(this).away = true;
      openPage(branchAdminUrl(event.currentTarget.dataset.id, event.currentTarget.dataset.name));
    },

    onScheme(event: Tap<{ index: number }>) {
      const memory = memoryOf(this);
      const row = this.data.rows[event.currentTarget.dataset.index];
      if (!row || !memory.summary) return;
      memory.away = true;
      openPage(
        schemeUrl({
          branch: row.branchId,
          name: row.name,
          year: memory.summary.year,
          scheme: row.schemeId,
          version: row.schemeVersion,
          committee: memory.summary.committee.id,
        }),
      );
    },

    /** 导出汇总表: the function writes the .xlsx and hands a link; the phone downloads it and opens it to forward. */
    async onExport(): Promise<void> {
      const summary = memoryOf(this).summary;
      if (!summary || this.data.exporting) return;
      this.setData({ exporting: 'making', exportProblem: '' });
      const reply = await services().client.call(CONTRACTS.exports.summaryForm, { committeeId: summary.committee.id, year: summary.year });
      if (!reply.ok) {
        this.setData({
          exporting: '',
          exportProblem:
            reply.code === 'NETWORK'
              ? '没有连上网络，汇总表没有生成。连上网络后再点一次“导出汇总表”。'
              : `汇总表没有生成：${reply.message}`,
        });
        return;
      }
      this.setData({ exporting: 'opening' });
      const opened = await openSpreadsheet(reply.data.url, reply.data.fileName);
      if (opened.ok) {
        this.setData({ exporting: '' });
        toast('点右上角“···”可转发汇总表');
        return;
      }
      this.setData({
        exporting: '',
        exportProblem:
          opened.step === 'download'
            ? '汇总表已生成，但没能下载到手机。请再点一次“导出汇总表”；还不行，请换个网络（如 Wi-Fi）。'
            : '手机没能打开汇总表。请再点一次；还不行，请在电脑上登录微信后再导出。',
      });
    },

    async onPullDownRefresh(): Promise<void> {
      await this.retry();
      stopPullDownRefresh();
    },
  },
});
