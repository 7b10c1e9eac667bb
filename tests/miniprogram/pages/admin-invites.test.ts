import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused, type FakeBackend, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tapButton, textOf, until, type Rendered } from '../support/render';
import { secretaryProfile } from '../fixtures/demo';
import { emptyMembersReply, membersReply, VILLAGE_BRANCH } from '../fixtures/admin';

const SECRETARY = 'demo-v01';
const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const issued = { code: 'K7PQ3MZA', expiresAt: '2026-12-04T04:00:00.000Z' };

function open(replies: Record<string, Reply> = {}): { page: Rendered; backend: FakeBackend } {
  wxState.storage.set(`profile:${SECRETARY}`, secretaryProfile);
  const backend = fakeBackend({ 'org.listMembers': ok(membersReply), 'org.createInvite': ok(issued), ...replies }, SECRETARY);
  provideServices(backend.services);
  return { page: render(id), backend };
}

const names = (page: Rendered) => pickAll(page, '.person__name').map((n) => n.dom?.textContent);

let id: string;

describe('邀请码 (admin/invites)', () => {
  beforeAll(() => {
    id = load('admin/invites/invites');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('shows “正在加载” while the list is on its way', async () => {
    const list = hold();
    const { page } = open({ 'org.listMembers': list });
    await until(() => textOf(page).includes('正在加载'));
    list.release(ok(membersReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('everyone with where they stand, those who still need a code first — for one call', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([
      { fn: 'org', action: 'listMembers', data: { branchId: VILLAGE_BRANCH, limit: 100, withInvites: true } },
    ]);
    expect(textOf(page)).toContain('共 8 人：已绑定 4 人，还要绑定 3 人，不纳入积分管理的 1 人可以不绑定');
    expect(names(page)).toEqual(['赵强', '吴桂兰', '刘芳', '高秀兰', '陈明', '李秀英', '王建国', '张伟']);
    expect(textOf(pick(page, '#member-m-zhaoqiang'))).toBe('赵强还没有邀请码生成邀请码');
    expect(textOf(pick(page, '#member-m-wuguilan'))).toContain('邀请码已过期（11月17日），要重新生成');
    expect(textOf(pick(page, '#member-m-liufang'))).toContain('邀请码还没用，12月2日前有效');
    expect(textOf(pick(page, '#member-m-chenming'))).toBe('陈明已绑定微信');
    // Exempt members need not bind; a code can still be made for one who wants to see the board.
    expect(textOf(pick(page, '#member-m-gaoxiulan'))).toBe('高秀兰不纳入积分管理，可以不绑定生成邀请码');
  });

  it('makes a code in one call, shows it once in two groups of four, and copies it with a message for the chat', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '#member-m-zhaoqiang .issue');
    await until(() => (page.data as { issued: unknown }).issued !== null);
    expect(backend.callsOf('org.createInvite')).toEqual([{ fn: 'org', action: 'createInvite', data: { memberId: 'm-zhaoqiang' } }]);
    expect(wxState.modals).toEqual([]);
    expect(textOf(pick(page, '.sheet'))).toContain('赵强的邀请码K7PQ 3MZA12月4日前有效，只能用一次');
    await tapButton(page, '.copy');
    expect(wxState.clipboard).toEqual([
      '赵强同志：请在微信里打开“党员积分”小程序，点“绑定”，输入邀请码 K7PQ 3MZA，就能看到自己的积分。邀请码12月4日前有效，只能用一次。——青石村党支部',
    ]);
    expect(wxState.toasts[0]).toContain('已复制');
    await tapButton(page, '.issued-done');
    expect(pickAll(page, '.sheet')).toHaveLength(0);
    expect(textOf(pick(page, '#member-m-zhaoqiang'))).toContain('邀请码还没用，12月4日前有效');
    expect(backend.calls).toHaveLength(2);
  });

  it('asks before replacing a code still waiting (the old one stops working); “不了” changes nothing', async () => {
    wxState.modalConfirms = false;
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '#member-m-liufang .issue');
    expect(wxState.modals).toEqual([{ title: '重新生成刘芳的邀请码？', content: '刘芳手里的旧邀请码会马上作废，要把新码发过去。' }]);
    expect(backend.callsOf('org.createInvite')).toEqual([]);
    wxState.modalConfirms = true;
    await tapButton(page, '#member-m-liufang .issue');
    await until(() => (page.data as { issued: unknown }).issued !== null);
    expect(backend.callsOf('org.createInvite')).toHaveLength(1);
  });

  it('someone who bound meanwhile is shown bound, with no code made', async () => {
    const { page } = open({ 'org.createInvite': refused('CONFLICT', 'ALREADY_BOUND', '吴桂兰的党员身份已绑定其他微信') });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '#member-m-wuguilan .issue');
    await until(() => textOf(page).includes('吴桂兰已经绑定了微信，不用再发邀请码'));
    expect(textOf(pick(page, '#member-m-wuguilan'))).toBe('吴桂兰已绑定微信');
  });

  it('no network for a code: says so; the list stays', async () => {
    const { page, backend } = open({ 'org.createInvite': offline() });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '#member-m-zhaoqiang .issue');
    await until(() => textOf(page).includes('没有连上网络，赵强的邀请码还没有生成'));
    setOnline(true);
    backend.answer('org.createInvite', ok(issued));
    await tapButton(page, '#member-m-zhaoqiang .issue');
    await until(() => (page.data as { issued: unknown }).issued !== null);
  });

  it('a branch larger than a page: “显示更多” asks for the next hundred', async () => {
    const { page, backend } = open({ 'org.listMembers': ok({ ...membersReply, total: 108 }) });
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('共 108 人（先列出 8 人）');
    backend.answer(
      'org.listMembers',
      ok({ total: 108, members: [{ ...membersReply.members[0], memberId: 'm-x', name: '周平' }], invites: [] }),
    );
    await tapButton(page, '.more');
    await until(() => names(page).includes('周平'));
    expect(backend.callsOf('org.listMembers')[1].data).toEqual({ branchId: VILLAGE_BRANCH, offset: 8, limit: 100, withInvites: true });
  });

  it('an empty branch leads to the roster import; offline and errors say what to do', async () => {
    const empty = open({ 'org.listMembers': ok(emptyMembersReply) });
    await until(() => stateOf(empty.page) === 'empty');
    expect(textOf(empty.page)).toContain('支部里还没有党员');
    provideServices(undefined);

    const { page, backend } = open({ 'org.listMembers': offline() });
    await until(() => stateOf(page) === 'offline');
    backend.answer('org.listMembers', ok(membersReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('care mode: the same page, larger', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom?.className).toContain('page--care');
  });
});
