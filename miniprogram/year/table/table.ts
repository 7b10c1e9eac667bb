import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import { thisYear } from '../../common/clock';
import { callerBranch } from '../../common/caller-branch';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import type { CallFailure } from '../../services/call-result';
import { PAGES } from '../../common/pages';
import { openPage, restartAt, stopPullDownRefresh } from '../../common/navigation';
import { tableViewOf, type TableView } from '../common/table-view';

const refreshed = new WeakSet<object>();

/**
 * 支部年度积分表 — the branch's year for its officers (year.yearTable: one call), read-only: grade counts,
 * the quota, missing reviews, a line per member. Entering reviews and proposing grades are done on the
 * admin pages.
 */
Component({
  behaviors: [careModeBehavior],
  properties: {
    /** The page's query ?year=… (this year when absent). */
    year: { type: String, value: '' },
  },
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    branchName: '',
    view: null as TableView | null,
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
    year(): number {
      const asked = Number(this.properties.year);
      return Number.isInteger(asked) && asked >= 2000 ? asked : thisYear();
    },

    async load(fresh = false): Promise<void> {
      this.setData({ state: 'loading', problem: null });
      const who = await callerBranch(fresh);
      if (!who.ok) return this.fail(who);
      if (who.audience.kind === 'stranger') return restartAt(PAGES.bind);
      if (!who.branch || who.branch.role === null)
        return this.show(emptyProblem('支部年度积分表由书记、记分员查看', '党员本人的年度结果，请看“年度结果”。'));
      this.setData({ branchName: who.branch.branchName });
      const reply = await services().client.call(CONTRACTS.year.yearTable, { branchId: who.branch.branchId, year: this.year() });
      if (!reply.ok) return this.fail(reply);
      this.setData({ state: 'ready', problem: null, view: tableViewOf(reply.data) });
    },

    fail(failure: CallFailure): Promise<void> | void {
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !refreshed.has(this)) {
        refreshed.add(this);
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

    async onPullDownRefresh(): Promise<void> {
      await this.load();
      stopPullDownRefresh();
    },
  },
});
