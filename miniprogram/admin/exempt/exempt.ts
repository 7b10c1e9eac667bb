import { CONTRACTS } from '../../shared/index';
import { careModeBehavior } from '../../theme/care-mode-behavior';
import { services } from '../../services/services';
import type { CallFailure } from '../../services/call-result';
import { watchOnline } from '../../common/online-watch';
import { emptyProblem, problemOf, type Problem } from '../../common/problem';
import { stopPullDownRefresh, toast } from '../../common/navigation';
import { branchForPage, isProblem, saysProfileStale } from '../common/admin-page';
import { confirmChange, type AdminBranch } from '../common/admin-branch';
import { exemptRowOf, splitMembers, type Candidate, type ExemptRow, type MemberList } from './exempt-view';

type Tap<D extends Record<string, unknown>> = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, D>;
type Field = WechatMiniprogram.CustomEvent<{ value: string }>;

interface Memory {
  branch: AdminBranch | null;
  profileRefreshed: boolean;
}
const memories = new WeakMap<object, Memory>();
const memoryOf = (page: object): Memory => {
  let memory = memories.get(page);
  if (!memory) memories.set(page, (memory = { branch: null, profileRefreshed: false }));
  return memory;
};

/**
 * 不纳入积分管理 — members excused from points management on their application (old, ill), approved by the
 * branch: who they are, why, since when; the secretary registers one more (a member and the reason, one
 * confirmation) or restores one to points management. First screen: one call (org.listMembers); each change
 * one more (org.setMemberExempt). A committee admin sees the list; only the secretary records the branch's decision.
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
    readOnly: false,
    exempt: [] as ExemptRow[],
    others: [] as Candidate[],
    adding: false,
    chosenId: '',
    chosenName: '',
    reason: '',
    busy: false,
    busyId: '',
    formProblem: '',
    listProblem: '',
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
      const reply = await services().client.call(CONTRACTS.org.listMembers, { branchId: branch.branchId, limit: 100 });
      if (!reply.ok) return this.fail(reply);
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

    open(list: MemberList) {
      if (list.total === 0) return this.show(emptyProblem('支部里还没有党员', '先在“支部管理”里导入党员名册。'));
      const { exempt, others } = splitMembers(list.members);
      this.setData({
        state: 'ready',
        problem: null,
        branchName: memoryOf(this).branch?.branchName ?? '',
        readOnly: Boolean(this.properties.branch),
        exempt,
        others,
        listProblem: '',
      });
    },

    onAddStart() {
      this.setData({ adding: true, chosenId: '', chosenName: '', reason: '', formProblem: '' });
    },

    onAddCancel() {
      if (!this.data.busy) this.setData({ adding: false, formProblem: '' });
    },

    onChoose(event: Tap<{ id: string }>) {
      const chosen = this.data.others.find((m) => m.memberId === event.currentTarget.dataset.id);
      if (chosen) this.setData({ chosenId: chosen.memberId, chosenName: chosen.name, formProblem: '' });
    },

    onReasonInput(event: Field) {
      this.setData({ reason: event.detail.value, formProblem: '' });
    },

    /** 登记: the member and the reason, asked once more, then one call. */
    async onAddSubmit(): Promise<void> {
      const memory = memoryOf(this);
      if (!memory.branch || this.data.busy) return;
      const reason = this.data.reason.trim();
      if (!this.data.chosenId) return this.setData({ formProblem: '请先点选一名党员。' });
      if (reason.length < 2) return this.setData({ formProblem: '请写明原因，例如“年满 80 岁，行动不便，本人申请”。' });
      const name = this.data.chosenName;
      if (!(await confirmChange(`${name}不纳入积分管理？`, `原因：${reason}。登记后不再给${name}记分、排名；以后可以恢复。`, '登记')))
        return;
      this.setData({ busy: true, formProblem: '' });
      const reply = await services().client.call(CONTRACTS.org.setMemberExempt, { memberId: this.data.chosenId, exempt: { reason } });
      this.setData({ busy: false });
      if (!reply.ok)
        return this.setData({
          formProblem: this.messageOf(reply, `没有连上网络，${name}还没有登记。连上网络后再点“登记”，写的原因还在。`),
        });
      const row = exemptRowOf({ memberId: reply.data.memberId, name }, reply.data.exempt!);
      this.setData({
        adding: false,
        exempt: [...this.data.exempt, row],
        others: this.data.others.filter((m) => m.memberId !== reply.data.memberId),
      });
      toast(`已登记：${name}不纳入积分管理`);
    },

    /** 恢复积分管理: lifts the exemption after one confirmation. */
    async onRestore(event: Tap<{ id: string }>): Promise<void> {
      const row = this.data.exempt.find((r) => r.memberId === event.currentTarget.dataset.id);
      if (!row || this.data.busyId) return;
      if (!(await confirmChange(`${row.name}恢复积分管理？`, '恢复后，从现在起照常记分、公示。', '恢复'))) return;
      this.setData({ busyId: row.memberId, listProblem: '' });
      const reply = await services().client.call(CONTRACTS.org.setMemberExempt, { memberId: row.memberId, exempt: null });
      this.setData({ busyId: '' });
      if (!reply.ok)
        return this.setData({ listProblem: this.messageOf(reply, `没有连上网络，${row.name}还没有恢复。连上网络后再点一次。`) });
      this.setData({
        exempt: this.data.exempt.filter((r) => r.memberId !== row.memberId),
        others: [...this.data.others, { memberId: row.memberId, name: row.name }].sort((a, b) => (a.name < b.name ? -1 : 1)),
      });
      toast(`已恢复：${row.name}照常记分`);
    },

    messageOf(reply: CallFailure, offline: string): string {
      if (reply.code === 'NETWORK') return offline;
      const field = reply.fields.find((f) => f.path.includes('reason'));
      return field ? field.message : reply.message;
    },

    async onPullDownRefresh(): Promise<void> {
      if (!this.data.adding) await this.retry();
      stopPullDownRefresh();
    },
  },
});
