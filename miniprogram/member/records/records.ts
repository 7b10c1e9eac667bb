import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { keptForm } from '../../services/report-drafts';
import type { CallFailure } from '../../services/call-result';
import { previewPhotos } from '../../common/wechat-media';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { confirmDialog, openPage, stopPullDownRefresh, toast } from '../../common/navigation';
import { beijingYear, ledgerRow, namesFrom, reportRow, type LedgerLine, type LedgerRow, type ReportRow } from './records-view';

type Tab = 'reports' | 'ledger';
type Filter = 'all' | 'pending' | 'approved' | 'rejected';
type Event<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;

const PAGE_SIZE = 20;
const FILTERS: { key: Filter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'pending', label: '待审核' },
  { key: 'approved', label: '已通过' },
  { key: 'rejected', label: '没通过' },
];
const EMPTY: Record<Filter | 'ledger', [string, string]> = {
  all: ['还没有申报过', '做了哪些事，可以在首页点“申报积分”报给支部，审核结果会出现在这里。'],
  pending: ['没有等待审核的申报', '提交的申报审核完后，会出现在“已通过”或“没通过”里。'],
  approved: ['还没有通过的申报', '申报审核通过后，积分会记入“积分明细”。'],
  rejected: ['没有没通过的申报', '没通过的申报会在这里写明原因。'],
  ledger: ['今年还没有积分记录', '申报审核通过、记分员登记、会议考勤的积分，都会一条一条列在这里。'],
};

/** Lines kept for explaining reversals (a reversal names the entry it cancels). */
const ledgerLines = new WeakMap<object, LedgerLine[]>();

/**
 * 我的申报 / 积分明细 — my reports by state (pending, approved, rejected with the reason), withdraw while
 * pending (after asking), and every ledger line of the year explained: which item, how it came (report,
 * recorder, attendance, correction), who, when, why. Each tab's first screen is one call
 * (reports.listMyReports or home.memberLedger); `tab=ledger` in the page's query opens on the ledger.
 */
Component({
  behaviors: [careModeBehavior],
  properties: {
    tab: { type: String, value: 'reports' },
  },
  data: {
    care: false,
    current: 'reports' as Tab,
    filters: FILTERS,
    filter: 'all' as Filter,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    reports: [] as ReportRow[],
    lines: [] as LedgerRow[],
    total: 0,
    year: beijingYear(),
    more: false,
    loadingMore: false,
  },
  lifetimes: {
    attached() {
      void this.load(this.properties.tab === 'ledger' ? 'ledger' : 'reports');
    },
    detached() {
      watchOnline(this, false);
    },
  },
  methods: {
    memberId(): { memberId?: string } {
      const memberId = services().session.profile()?.members[0]?.memberId;
      return memberId ? { memberId } : {};
    },

    async load(tab: Tab, append = false): Promise<void> {
      watchOnline(this, false);
      if (!append) this.setData({ current: tab, state: 'loading', problem: null, reports: [], lines: [], more: false });
      const { client } = services();
      const names = namesFrom(keptForm(client.transport.identity));
      const offset = append ? (tab === 'reports' ? this.data.reports.length : this.data.lines.length) : 0;
      const page = { ...this.memberId(), offset, limit: PAGE_SIZE };
      if (tab === 'reports') {
        const filter = this.data.filter;
        const reply = await client.call(CONTRACTS.reports.listMyReports, filter === 'all' ? page : { ...page, status: filter });
        if (!reply.ok) return this.fail(reply, append);
        const reports = [...(append ? this.data.reports : []), ...reply.data.reports.map((r) => reportRow(r, names))];
        this.showRows(reports.length, reply.data.total, EMPTY[filter], { reports });
        return;
      }
      const reply = await client.call(CONTRACTS.home.memberLedger, { ...page, year: this.data.year });
      if (!reply.ok) return this.fail(reply, append);
      const all = [...(append ? (ledgerLines.get(this) ?? []) : []), ...reply.data.lines];
      ledgerLines.set(this, all);
      this.showRows(all.length, reply.data.total, EMPTY.ledger, { lines: all.map((line) => ledgerRow(line, all, names)) });
    },

    showRows(shown: number, total: number, empty: [string, string], rows: Record<string, unknown>) {
      if (shown === 0) return this.show(emptyProblem(...empty));
      this.setData({ ...rows, state: 'ready', problem: null, total, more: shown < total, loadingMore: false });
    },

    fail(failure: CallFailure, append: boolean) {
      if (append) {
        this.setData({ loadingMore: false });
        return toast(failure.code === 'NETWORK' ? '没有网络，请稍后再点' : '没能加载更多，请稍后再试');
      }
      this.show(problemOf(failure));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.load(this.data.current));
    },

    /** 我的异议 (publications subpackage): the appeals against published periods and their answers. */
    onMyAppeals() {
      openPage(PAGES.myAppeals);
    },

    onTabTap(event: Event<{ tab: Tab }>) {
      const tab = event.currentTarget.dataset.tab;
      if (tab !== this.data.current) void this.load(tab);
    },

    onFilterTap(event: Event<{ filter: Filter }>) {
      const filter = event.currentTarget.dataset.filter;
      if (filter === this.data.filter) return;
      this.setData({ filter });
      void this.load('reports');
    },

    onMore() {
      if (this.data.loadingMore) return;
      this.setData({ loadingMore: true });
      void this.load(this.data.current, true);
    },

    async onWithdraw(event: Event<{ id: string }>): Promise<void> {
      const id = event.currentTarget.dataset.id;
      const row = this.data.reports.find((r) => r.id === id);
      if (!row) return;
      const sure = await confirmDialog('撤回这条申报？', `“${row.title}”撤回后就不再审核了。需要的话，可以重新申报。`, '撤回');
      if (!sure) return;
      const reply = await services().client.call(CONTRACTS.reports.withdrawReport, { reportId: id });
      if (!reply.ok) return toast(reply.code === 'NETWORK' ? '没有网络，没能撤回，请稍后再试' : reply.message);
      const names = namesFrom(keptForm(services().client.transport.identity));
      const index = this.data.reports.findIndex((r) => r.id === id);
      this.setData({ [`reports[${index}]`]: reportRow(reply.data, names) });
      toast('已撤回');
    },

    onPhotos(event: Event<{ id: string }>) {
      const row = this.data.reports.find((r) => r.id === event.currentTarget.dataset.id);
      if (row?.photos.length) previewPhotos(row.photos[0], row.photos);
    },

    onReportAgain() {
      openPage(PAGES.report);
    },

    onProblemAction() {
      if (this.data.problem?.action === 'bind') openPage(PAGES.bind);
      else void this.load(this.data.current);
    },

    async onPullDownRefresh(): Promise<void> {
      await this.load(this.data.current);
      stopPullDownRefresh();
    },
  },
});
