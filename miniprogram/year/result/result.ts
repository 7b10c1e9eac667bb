import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import { thisYear, today } from '../../common/clock';
import { callerBranch } from '../../common/caller-branch';
import { problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import type { CallFailure } from '../../services/call-result';
import { PAGES } from '../../common/pages';
import { openPage, restartAt, stopPullDownRefresh } from '../../common/navigation';
import { historyOf, yearViewOf, type HistoryItem, type YearView } from '../common/year-view';

const TABLE_PAGE = PAGES.yearTable;
const refreshed = new WeakSet<object>();
/** In January and February the year just ended is the one being decided and looked for; from March, this year. */
const defaultYear = () => (Number(today().slice(5, 7)) <= 2 ? thisYear() - 1 : thisYear());

/**
 * 年度结果 — the member's year (year.myYear: the first screen's one call): once the committee has decided,
 * the grade, stars and year total, the democratic review, and what follows worded as help; before that,
 * where the year stands. Earlier decided years are listed and open with a tap. Officers also get the way
 * to the branch's year table.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    year: 0,
    currentYear: 0,
    view: null as YearView | null,
    history: [] as HistoryItem[],
    officer: false,
  },
  lifetimes: {
    attached() {
      void this.load(defaultYear());
    },
    detached() {
      watchOnline(this, false);
    },
  },
  methods: {
    async load(year: number, fresh = false): Promise<void> {
      this.setData({ state: 'loading', problem: null, year, currentYear: defaultYear() });
      const who = await callerBranch(fresh);
      if (!who.ok) return this.fail(who);
      if (who.audience.kind === 'stranger') return restartAt(PAGES.bind);
      const officer = who.branch !== null && who.branch.role !== null;
      this.setData({ officer });
      if (!who.branch?.memberId) {
        return this.show({
          state: 'empty',
          title: '您没有党员积分记录',
          message: officer
            ? '这里显示党员本人的年度结果。支部全体的年度积分，请看“支部年度积分表”。'
            : '绑定党员身份后，这里会显示您的年度结果。',
          actionText: officer ? '看支部年度积分表' : '',
          action: 'none',
        });
      }
      const reply = await services().client.call(CONTRACTS.year.myYear, { memberId: who.branch.memberId, year });
      if (!reply.ok) return this.fail(reply);
      this.setData({ state: 'ready', problem: null, view: yearViewOf(reply.data), history: historyOf(reply.data) });
    },

    fail(failure: CallFailure): Promise<void> | void {
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !refreshed.has(this)) {
        refreshed.add(this);
        return this.load(this.data.year, true);
      }
      this.show(problemOf(failure));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.load(this.data.year));
    },

    onProblemAction() {
      if (this.data.problem?.action === 'bind') return openPage(PAGES.bind);
      if (this.data.state === 'empty') return openPage(TABLE_PAGE);
      watchOnline(this, false);
      void this.load(this.data.year);
    },

    onHistoryTap(event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { year: number }>) {
      void this.load(Number(event.currentTarget.dataset.year));
    },

    onBackToThisYear() {
      void this.load(defaultYear());
    },

    /** The year's points also feed the exchange balance (志愿服务超市): one tap to spend them. */
    onOpenExchange() {
      openPage(PAGES.exchange);
    },

    onOpenTable() {
      openPage(`${TABLE_PAGE}?year=${this.data.year}`);
    },

    async onPullDownRefresh(): Promise<void> {
      await this.load(this.data.year);
      stopPullDownRefresh();
    },
  },
});
