import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, type Problem } from '../../common/problem';
import { PAGES } from '../../common/pages';
import { openPage, stopPullDownRefresh, toast } from '../../common/navigation';
import { branchForPage, branchQuery, isProblem, saysProfileStale } from '../common/admin-page';
import { confirmChange, dayOf, type AdminBranch } from '../common/admin-branch';
import { countsText, rowOf, rowsOf, shareText, spacedCode, type InviteRow, type MemberList } from './invites-view';

type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;

/** A page of the list: the most a branch usually has, and the most listMembers gives. */
const PAGE_SIZE = 100;

interface Memory {
  branch: AdminBranch | null;
  total: number;
  /** The code just made, kept until the sheet closes (the server keeps only its hash: it is shown once). */
  issued: { name: string; code: string; expiresAt: string } | null;
  profileRefreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branch: null, total: 0, issued: null, profileRefreshed: false }));
  return memory;
};

/**
 * 邀请码 — every member of the branch and where they stand with binding their WeChat: bound, a code waiting
 * (until when), a code expired, none yet. A tap makes a member's code (org.createInvite; a new code voids the
 * old one, so the secretary is asked first when one is still waiting) and shows it once, large, with a
 * button that copies it with a plain message to paste into the chat with that member. First screen: one call
 * (org.listMembers with the open invites).
 */
Component({
  behaviors: [careModeBehavior],
  properties: {
    branch: { type: String, value: '' },
    name: { type: String, value: '' },
  },
  data: {
    care: false,
    state: 'loading' as 'loading' | 'ready' | 'empty' | 'error' | 'offline',
    problem: null as Problem | null,
    branchName: '',
    rows: [] as InviteRow[],
    countsText: '',
    more: false,
    busyId: '',
    formProblem: '',
    issued: null as { name: string; code: string; until: string } | null,
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
      this.setData({ state: 'loading', problem: null });
      const branch = await branchForPage({ branch: this.properties.branch, name: this.properties.name });
      if (isProblem(branch)) return this.show(branch);
      memory.branch = branch;
      const reply = await services().client.call(CONTRACTS.org.listMembers, {
        branchId: branch.branchId,
        limit: PAGE_SIZE,
        withInvites: true,
      });
      if (!reply.ok) return this.fail(reply);
      this.open(reply.data, []);
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
      if (this.data.state === 'empty' && this.data.problem?.actionText) {
        openPage(`${PAGES.adminRoster}${branchQuery({ branch: this.properties.branch, name: this.properties.name })}`);
        return;
      }
      void this.retry();
    },

    open(list: MemberList, before: InviteRow[]) {
      const memory = memoryOf(this);
      memory.total = list.total;
      if (list.total === 0)
        return this.show({
          ...emptyProblem('支部里还没有党员', '先导入党员名册，再来给每个人发邀请码。'),
          actionText: '去导入名册',
        });
      const rows = [...before, ...rowsOf(list)];
      this.setData({
        state: 'ready',
        problem: null,
        branchName: memory.branch?.branchName ?? '',
        rows,
        countsText: countsText(rows, list.total),
        more: rows.length < list.total,
        formProblem: '',
      });
    },

    /** 显示更多: the next hundred (a branch larger than a page). */
    async onMore(): Promise<void> {
      const memory = memoryOf(this);
      if (!memory.branch || this.data.busyId) return;
      this.setData({ busyId: 'more' });
      const reply = await services().client.call(CONTRACTS.org.listMembers, {
        branchId: memory.branch.branchId,
        offset: this.data.rows.length,
        limit: PAGE_SIZE,
        withInvites: true,
      });
      this.setData({ busyId: '' });
      if (!reply.ok) return this.setData({ formProblem: reply.message });
      this.open(reply.data, this.data.rows);
    },

    async onIssue(event: Tap<{ id: string }>): Promise<void> {
      const memory = memoryOf(this);
      const row = this.data.rows.find((r) => r.memberId === event.currentTarget.dataset.id);
      if (!memory.branch || !row || this.data.busyId) return;
      if (
        row.status === 'unused' &&
        !(await confirmChange(`重新生成${row.name}的邀请码？`, `${row.name}手里的旧邀请码会马上作废，要把新码发过去。`, '重新生成'))
      )
        return;
      this.setData({ busyId: row.memberId, formProblem: '' });
      const reply = await services().client.call(CONTRACTS.org.createInvite, { memberId: row.memberId });
      this.setData({ busyId: '' });
      if (!reply.ok) return this.refused(reply, row);
      memory.issued = { name: row.name, code: reply.data.code, expiresAt: reply.data.expiresAt };
      this.replaceRow(
        rowOf({ memberId: row.memberId, name: row.name, bound: false }, { status: 'unused', expiresAt: reply.data.expiresAt }),
      );
      this.setData({ issued: { name: row.name, code: spacedCode(reply.data.code), until: dayOf(reply.data.expiresAt) } });
    },

    refused(reply: CallFailure, row: InviteRow) {
      if (reply.reason === 'ALREADY_BOUND') {
        this.replaceRow(rowOf({ memberId: row.memberId, name: row.name, bound: true }, undefined));
        return this.setData({ formProblem: `${row.name}已经绑定了微信，不用再发邀请码。` });
      }
      if (reply.code === 'NETWORK')
        return this.setData({ formProblem: `没有连上网络，${row.name}的邀请码还没有生成。连上网络后再点一次。` });
      this.setData({ formProblem: reply.message });
    },

    replaceRow(next: InviteRow) {
      const index = this.data.rows.findIndex((r) => r.memberId === next.memberId);
      if (index < 0) return;
      const rows = this.data.rows.map((r, i) => (i === index ? next : r));
      this.setData({ [`rows[${index}]`]: next, countsText: countsText(rows, memoryOf(this).total) });
    },

    /** 复制邀请码和说明: the code with a plain message, to paste into the chat with the member. */
    onCopy() {
      const { issued, branch } = memoryOf(this);
      if (!issued) return;
      wx.setClipboardData({
        data: shareText(issued.name, branch?.branchName ?? '', issued.code, issued.expiresAt),
        success: () => toast(`已复制。到和${issued.name}的微信聊天里，长按输入框粘贴`),
        fail: () => toast('没能复制，请把邀请码抄给对方'),
      });
    },

    onIssuedDone() {
      memoryOf(this).issued = null;
      this.setData({ issued: null });
    },

    async onPullDownRefresh(): Promise<void> {
      if (!this.data.issued) await this.retry();
      stopPullDownRefresh();
    },
  },
});
