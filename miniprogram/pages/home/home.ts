import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { setCareMode } from '../../theme/care-mode';
import { services } from '../../services/services';
import { watchOnline } from '../../common/online-watch';
import { devModeAvailable } from '../../services/dev-settings';
import type { CallFailure } from '../../services/call-result';
import type { Profile } from '../../services/session';
import { emptyProblem, problemOf, STALE_PROFILE_REASONS, type Problem } from '../../common/problem';
import { homeAudienceOf, roleLabel, type HomeAudience } from '../../common/who-am-i';
import { PAGES } from '../../common/pages';
import { openPage, restartAt, toast, stopPullDownRefresh } from '../../common/navigation';
import { entriesFor, withQueueCount, type HomeEntry } from './home-entries';
import { memberHomeEmpty, memberHomeView, type MemberHomeView } from './member-home-view';
import { officerHomeEmpty, officerHomeView, type OfficerHomeView } from './officer-home-view';

type Tab = 'branch' | 'mine';

/** What the page keeps but does not render (setData is the expensive call). */
interface Memory {
  audience: HomeAudience | null;
  member: MemberHomeView | null;
  officer: OfficerHomeView | null;
  profileRefreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { audience: null, member: null, officer: null, profileRefreshed: false }));
  return memory;
};

/**
 * 首页 — the app shell. Who the caller is (org.myProfile, kept on the phone after the first time)
 * decides the view: a member sees their points (home.memberHome); a secretary or recorder sees the
 * branch (home.secretaryHome) and, when they are a member too, can switch to their own points. The first
 * screen costs one call once the profile is known; strangers are sent to the bind page.
 */
Component({
  behaviors: [careModeBehavior],
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    greeting: '',
    subtitle: '',
    tabs: [] as { key: Tab; label: string }[],
    tab: 'mine' as Tab,
    member: null as MemberHomeView | null,
    officer: null as OfficerHomeView | null,
    entries: [] as HomeEntry[],
    /** The member's own tab leads with 申报积分: the action a member opens the app for, above the figures. */
    canReport: false,
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
    async load(): Promise<void> {
      const memory = memoryOf(this);
      memory.member = null;
      memory.officer = null;
      this.setData({ state: 'loading', problem: null });
      const { session } = services();
      let profile = session.profile();
      if (!profile) {
        const fetched = await session.refresh();
        if (!fetched.ok) return this.fail(fetched);
        profile = fetched.data;
      }
      const audience = homeAudienceOf(profile);
      memory.audience = audience;
      if (audience.kind === 'stranger') {
        restartAt(PAGES.bind);
        return;
      }
      this.showWho(audience, profile);
      if (audience.kind === 'committee') {
        return this.show(
          emptyProblem(
            '党委管理',
            `您是${roleLabel(audience.role)}。点下面的“党委总览”，看各支部的公示、异议、申报和年度等次，导出汇总表，为支部设定积分方案。`,
          ),
        );
      }
      await this.loadTab(audience.kind === 'officer' ? 'branch' : 'mine');
    },

    showWho(audience: Exclude<HomeAudience, { kind: 'stranger' }>, profile: Profile) {
      const member = audience.kind === 'committee' ? null : audience.member;
      const name = member?.name ?? '';
      const subtitle = audience.kind === 'member' ? audience.member.branchName : roleLabel(audience.role);
      const tabs: { key: Tab; label: string }[] =
        audience.kind === 'officer' && audience.member
          ? [
              { key: 'branch', label: '支部工作' },
              { key: 'mine', label: '我的积分' },
            ]
          : [];
      this.setData({
        greeting: name ? `${name}，您好` : '您好',
        subtitle,
        tabs,
        canReport: profile.members.length > 0,
        entries: entriesFor({
          member: profile.members.length > 0,
          officer: audience.kind === 'officer',
          secretary: audience.kind === 'officer' && audience.role.role === 'secretary',
          developer: devModeAvailable(),
          committee: profile.roles.some((r) => r.role === 'committeeAdmin'),
        }),
      });
    },

    async loadTab(tab: Tab): Promise<void> {
      const memory = memoryOf(this);
      const audience = memory.audience;
      if (!audience || audience.kind === 'stranger' || audience.kind === 'committee') return;
      this.setData({ tab });
      const { client } = services();
      if (tab === 'branch' && audience.kind === 'officer') {
        if (!memory.officer) {
          this.setData({ state: 'loading', problem: null });
          const reply = await client.call(CONTRACTS.home.secretaryHome, { branchId: audience.role.orgId });
          if (!reply.ok) return this.fail(reply);
          const empty = officerHomeEmpty(reply.data);
          if (empty) return this.show(emptyProblem(empty.title, empty.message));
          memory.officer = officerHomeView(reply.data, audience.role.orgName);
        }
        this.setData({
          state: 'ready',
          problem: null,
          officer: memory.officer,
          entries: withQueueCount(this.data.entries, memory.officer.queueSize),
        });
        return;
      }
      const member = audience.member;
      if (!member) return;
      if (!memory.member) {
        this.setData({ state: 'loading', problem: null });
        const reply = await client.call(CONTRACTS.home.memberHome, { memberId: member.memberId });
        if (!reply.ok) return this.fail(reply);
        const empty = memberHomeEmpty(reply.data);
        if (empty) return this.show(emptyProblem(empty.title, empty.message));
        memory.member = memberHomeView(reply.data);
      }
      this.setData({ state: 'ready', problem: null, member: memory.member });
    },

    async fail(failure: CallFailure): Promise<void> {
      const memory = memoryOf(this);
      // The kept profile may be out of date (unbound, role ended): ask once more before saying so.
      if (STALE_PROFILE_REASONS.includes(failure.reason) && !memory.profileRefreshed) {
        memory.profileRefreshed = true;
        services().session.forget();
        return this.load();
      }
      this.show(problemOf(failure));
    },

    show(problem: Problem) {
      this.setData({ state: problem.state, problem });
      watchOnline(this, problem.state === 'offline', () => void this.retry());
    },

    async retry(): Promise<void> {
      watchOnline(this, false);
      const memory = memoryOf(this);
      if (memory.audience && memory.audience.kind !== 'stranger' && memory.audience.kind !== 'committee')
        return this.loadTab(this.data.tab);
      return this.load();
    },

    onProblemAction() {
      if (this.data.problem?.action === 'bind') openPage(PAGES.bind);
      else void this.retry();
    },

    onTabTap(event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { tab: Tab }>) {
      const tab = event.currentTarget.dataset.tab;
      if (tab !== this.data.tab) void this.loadTab(tab);
    },

    /** The waiting reports on the branch's summary open the review. */
    onQueueTap() {
      openPage(PAGES.officerReview);
    },

    onQuickReport() {
      openPage(PAGES.report);
    },

    onEntryTap(event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { url: string }>) {
      openPage(event.currentTarget.dataset.url);
    },

    /** 大字模式 at the top of the home: one tap, at once, on every page. */
    onCareToggle() {
      const theme = setCareMode(!this.data.care);
      toast(theme.care ? '已打开大字模式' : '已关闭大字模式');
    },

    async onPullDownRefresh(): Promise<void> {
      const memory = memoryOf(this);
      memory.member = null;
      memory.officer = null;
      await this.retry();
      stopPullDownRefresh();
    },
  },
});
