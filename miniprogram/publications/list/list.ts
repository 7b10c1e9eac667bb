import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import { now, thisYear } from '../../common/clock';
import { callerBranch } from '../../common/caller-branch';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import type { CallFailure } from '../../services/call-result';
import { PAGES } from '../../common/pages';
import { openPage, restartAt, stopPullDownRefresh } from '../../common/navigation';
import { headOf, type HeadView } from '../common/publication-view';
import { PUBLICATION_PAGES } from '../common/publication-pages';

interface Item extends HeadView {
  publicationId: string;
}

const memories = new WeakMap<object, { branchId: string; refreshed: boolean }>();

/**
 * 公示栏 — the branch's publications of a year, newest first (publications.listPublications: the first
 * screen's one call once the profile is kept): each with where it stands and until when ("公示至 12月8日"),
 * tapped to open its board. Officers also get the way to 公示管理. An earlier year is one tap away.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    branchName: '',
    year: 0,
    currentYear: 0,
    items: [] as Item[],
    officer: false,
    /** The caller has a member record here (我的异议 is theirs to open). */
    mine: false,
  },
  lifetimes: {
    attached() {
      void this.load(thisYear());
    },
    detached() {
      watchOnline(this, false);
    },
  },
  methods: {
    async load(year: number, fresh = false): Promise<void> {
      this.setData({ state: 'loading', problem: null, year, currentYear: thisYear() });
      const who = await callerBranch(fresh);
      if (!who.ok) return this.fail(who);
      if (who.audience.kind === 'stranger') return restartAt(PAGES.bind);
      if (!who.branch)
        return this.show(emptyProblem('这里是支部的公示栏', '党委管理员请在党委的页面查看各支部的公示；本人是党员的，请用党员身份打开。'));
      memories.set(this, { branchId: who.branch.branchId, refreshed: memories.get(this)?.refreshed ?? false });
      this.setData({ branchName: who.branch.branchName, officer: who.branch.role !== null, mine: who.branch.memberId !== null });
      const reply = await services().client.call(CONTRACTS.publications.listPublications, { branchId: who.branch.branchId, year });
      if (!reply.ok) return this.fail(reply);
      const at = now();
      const items = reply.data.publications.map((p) => ({ publicationId: p.publicationId, ...headOf(p, at) }));
      if (items.length === 0) {
        const other = year === thisYear() ? `可以点下面看${year - 1}年的公示。` : '';
        return this.show({
          ...emptyProblem(`${year}年还没有公示`, `支部书记发布公示后，会在这里看到每一期的积分。${other}`),
          actionText: year === thisYear() ? `看${year - 1}年的公示` : `回到${thisYear()}年`,
          action: 'retry',
        });
      }
      this.setData({ state: 'ready', problem: null, items });
    },

    fail(failure: CallFailure): Promise<void> | void {
      const memory = memories.get(this) ?? { branchId: '', refreshed: false };
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !memory.refreshed) {
        memories.set(this, { ...memory, refreshed: true });
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
      watchOnline(this, false);
      if (this.data.state === 'empty') return void this.load(this.data.year === thisYear() ? thisYear() - 1 : thisYear());
      void this.load(this.data.year);
    },

    onOpen(event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>) {
      openPage(PUBLICATION_PAGES.board(event.currentTarget.dataset.id));
    },

    onMyAppeals() {
      openPage(PUBLICATION_PAGES.mine);
    },

    onManage() {
      openPage(PUBLICATION_PAGES.manage);
    },

    onOtherYear() {
      void this.load(this.data.year === this.data.currentYear ? this.data.currentYear - 1 : this.data.currentYear);
    },

    async onPullDownRefresh(): Promise<void> {
      await this.load(this.data.year);
      stopPullDownRefresh();
    },
  },
});
