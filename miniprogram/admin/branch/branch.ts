import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { problemOf, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { openPage, stopPullDownRefresh, toast } from '../../common/navigation';
import { branchForPage, branchQuery, isProblem, saysProfileStale } from '../common/admin-page';
import { countsText, schemeCardOf, tilesOf, type AdminTile, type BranchSettings, type SchemeCard } from './branch-view';

type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;

const TILE_PAGES: Record<AdminTile['key'], string> = { roster: PAGES.adminRoster, invites: PAGES.adminInvites, exempt: PAGES.adminExempt };

interface Memory {
  branchId: string;
  settings: BranchSettings | null;
  profileRefreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branchId: '', settings: null, profileRefreshed: false }));
  return memory;
};

/**
 * 支部管理 — the secretary's way into the branch's admin pages, and what they check at a glance: the roster's
 * head counts (who has not bound WeChat yet), the year's scheme with its rules in a few lines, and the one
 * setting a branch keeps itself: whether publications show rankings (off by default). First screen: one call
 * (org.branchSettings); the switch is one more (publications.setBoardSettings). A committee admin (opened with
 * ?branch=) is offered 更换积分方案, the committee's scheme page.
 */
Component({
  behaviors: [careModeBehavior],
  properties: {
    /** A committee admin opens a branch's page with ?branch=<id>&name=<name>; a secretary opens it without. */
    branch: { type: String, value: '' },
    name: { type: String, value: '' },
  },
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    branchName: '',
    year: 0,
    countsText: '',
    tiles: [] as AdminTile[],
    scheme: null as SchemeCard | null,
    committee: false,
    showRanking: false,
    switching: false,
    rankingProblem: '',
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
    /** Back from importing or exempting: the counts may have changed. */
    show() {
      const memory = memoryOf(this);
      if (memory.settings && this.data.state === 'ready') void this.load(true);
    },
  },
  methods: {
    async load(quietly = false): Promise<void> {
      const memory = memoryOf(this);
      if (!quietly) this.setData({ state: 'loading', problem: null });
      const branch = await branchForPage({ branch: this.properties.branch, name: this.properties.name });
      if (isProblem(branch)) return this.show(branch);
      memory.branchId = branch.branchId;
      const reply = await services().client.call(CONTRACTS.org.branchSettings, { branchId: branch.branchId });
      if (!reply.ok) return quietly ? undefined : this.fail(reply);
      this.open(reply.data);
    },

    async fail(failure: CallFailure): Promise<void> {
      const memory = memoryOf(this);
      if (saysProfileStale(failure) && !memory.profileRefreshed && !this.properties.branch) {
        memory.profileRefreshed = true;
        const branch = await branchForPage({ branch: '', name: '' }, true);
        return isProblem(branch) ? this.show(branch) : this.load();
      }
      this.show(problemOf(failure));
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

    open(settings: BranchSettings) {
      memoryOf(this).settings = settings;
      this.setData({
        state: 'ready',
        problem: null,
        branchName: settings.branchName,
        year: settings.year,
        countsText: countsText(settings),
        tiles: tilesOf(settings),
        scheme: schemeCardOf(settings),
        committee: settings.acting === 'committeeAdmin',
        showRanking: settings.showRanking,
        rankingProblem: '',
      });
    },

    onTile(event: Tap<{ key: AdminTile['key'] }>) {
      const settings = memoryOf(this).settings;
      const query = this.properties.branch ? branchQuery({ branch: this.properties.branch, name: settings?.branchName ?? '' }) : '';
      openPage(`${TILE_PAGES[event.currentTarget.dataset.key]}${query}`);
    },

    /** A committee admin chooses the branch's scheme (the committee's page; the scheme it has now is marked there). */
    onChangeScheme() {
      const settings = memoryOf(this).settings;
      if (!settings || settings.acting !== 'committeeAdmin') return;
      const fields: Record<string, string | number> = { branch: settings.branchId, name: settings.branchName, year: settings.year };
      if (settings.scheme) Object.assign(fields, { scheme: settings.scheme.id, version: settings.scheme.version });
      const query = Object.entries(fields).map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
      openPage(`${PAGES.committeeScheme}?${query.join('&')}`);
    },

    /** The ranking switch: on at once on the screen, back as it was if the change did not go through. */
    async onRankingChange(event: WechatMiniprogram.CustomEvent<{ value: boolean }>): Promise<void> {
      const memory = memoryOf(this);
      const settings = memory.settings;
      if (!settings || this.data.switching) return;
      const showRanking = event.detail.value;
      this.setData({ showRanking, switching: true, rankingProblem: '' });
      const reply = await services().client.call(CONTRACTS.publications.setBoardSettings, {
        branchId: settings.branchId,
        year: settings.year,
        showRanking,
      });
      if (!reply.ok) {
        this.setData({
          showRanking: settings.showRanking,
          switching: false,
          rankingProblem:
            reply.code === 'NETWORK' ? '没有连上网络，排名设置没有改。连上网络后再点一次开关。' : `排名设置没有改：${reply.message}`,
        });
        return;
      }
      memory.settings = { ...settings, showRanking: reply.data.showRanking };
      this.setData({ showRanking: reply.data.showRanking, switching: false });
      toast(reply.data.showRanking ? '已打开：今后的公示显示排名' : '已关闭：今后的公示不显示排名');
    },

    async onPullDownRefresh(): Promise<void> {
      await this.retry();
      stopPullDownRefresh();
    },
  },
});
