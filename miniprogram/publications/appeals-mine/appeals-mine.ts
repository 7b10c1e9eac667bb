import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import { thisYear } from '../../common/clock';
import { callerBranch } from '../../common/caller-branch';
import { emptyProblem, problemOf, type Problem } from '../../common/problem';
import type { CallFailure } from '../../services/call-result';
import { PAGES } from '../../common/pages';
import { openPage, stopPullDownRefresh } from '../../common/navigation';
import { PUBLICATION_PAGES } from '../common/publication-pages';
import { myAppealItemOf, type MyAppealItem } from './my-appeal-view';

type Tap = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>;

/**
 * 我的异议 — every appeal the member filed this year and last, newest first, across periods
 * (publications.myAppeals: the first screen's one call): the period, what they wrote, where it stands —
 * waiting (overdue past the answer limit) or answered, accepted or not, with the answer, who gave it and
 * when. A tap opens that period's board. A person bound in two branches is asked again with the member
 * record the phone keeps.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    items: [] as MyAppealItem[],
    waiting: 0,
    truncated: false,
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
    async load(memberId?: string): Promise<void> {
      this.setData({ state: 'loading', problem: null });
      const reply = await services().client.call(CONTRACTS.publications.myAppeals, memberId ? { memberId } : {});
      if (!reply.ok) return this.fail(reply, memberId);
      const year = thisYear();
      const items = reply.data.appeals.map((a) => myAppealItemOf(a, year));
      if (items.length === 0)
        return this.show({
          ...emptyProblem(
            `${year - 1}年和${year}年您没有提过异议`,
            '在公示栏看到自己的积分不对，可以在公示期内点“提出异议”，支部答复后会在这里看到。',
          ),
          actionText: '去公示栏',
          action: 'retry',
        });
      this.setData({
        state: 'ready',
        problem: null,
        items,
        waiting: items.filter((i) => i.tone === 'open' || i.tone === 'overdue').length,
        truncated: reply.data.truncated,
      });
    },

    async fail(failure: CallFailure, memberId: string | undefined): Promise<void> {
      if (failure.reason === 'MEMBER_AMBIGUOUS' && !memberId) {
        const who = await callerBranch();
        if (who.ok && who.branch?.memberId) return this.load(who.branch.memberId);
      }
      this.show(problemOf(failure));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.load());
    },

    onProblemAction() {
      if (this.data.problem?.action === 'bind') return openPage(PAGES.bind);
      if (this.data.state === 'empty') return openPage(PUBLICATION_PAGES.list);
      watchOnline(this, false);
      void this.load();
    },

    onOpen(event: Tap) {
      openPage(PUBLICATION_PAGES.board(event.currentTarget.dataset.id));
    },

    async onPullDownRefresh(): Promise<void> {
      await this.load();
      stopPullDownRefresh();
    },
  },
});
