import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, type FakeBackend, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, simulate, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { secretaryProfile } from '../fixtures/demo';
import { emptyMembersReply, membersReply, VILLAGE_BRANCH } from '../fixtures/admin';

const SECRETARY = 'demo-v01';
const stateOf = (page: Rendered) => (page.data as { state: string }).state;

/** setMemberExempt as the function answers it: the exemption approved now, or lifted. */
const answered = (data: unknown) => {
  const { memberId, exempt } = data as { memberId: string; exempt: { reason: string } | null };
  return ok({ memberId, exempt: exempt ? { reason: exempt.reason, approvedAt: '2026-11-27T03:00:00.000Z' } : null });
};

function open(replies: Record<string, Reply> = {}): { page: Rendered; backend: FakeBackend } {
  wxState.storage.set(`profile:${SECRETARY}`, secretaryProfile);
  const backend = fakeBackend({ 'org.listMembers': ok(membersReply), 'org.setMemberExempt': answered, ...replies }, SECRETARY);
  provideServices(backend.services);
  return { page: render(id), backend };
}

async function writeReason(page: Rendered, text: string): Promise<void> {
  pick(page, '#reason').dispatchEvent('input', { detail: { value: text } });
  await simulate.sleep(0);
}

let id: string;

describe('不纳入积分管理 (admin/exempt)', () => {
  beforeAll(() => {
    id = load('admin/exempt/exempt');
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

  it('who is exempt, why and since when — for one call', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'org', action: 'listMembers', data: { branchId: VILLAGE_BRANCH, limit: 100 } }]);
    expect(textOf(page)).toContain('现在不纳入的（1 人）');
    expect(textOf(pick(page, '#exempt-m-gaoxiulan'))).toBe('高秀兰原因：年满 85 岁，长期卧病，本人申请2026年3月2日起，经支部批准恢复记分');
  });

  it('registers a member: pick, write the reason, confirm once, one call; the lists change', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.add-start');
    expect(pickAll(page, '.choice__name').map((n) => n.dom?.textContent)).toEqual([
      '陈明',
      '李秀英',
      '刘芳',
      '王建国',
      '吴桂兰',
      '张伟',
      '赵强',
    ]);

    await tapButton(page, '.add-submit');
    expect(textOf(page)).toContain('请先点选一名党员');
    await tap(page, '#choose-m-wuguilan');
    await writeReason(page, '年满 82 岁，行动不便，本人申请');
    await tapButton(page, '.add-submit');
    await until(() => !(page.data as { adding: boolean }).adding);
    expect(wxState.modals).toEqual([
      { title: '吴桂兰不纳入积分管理？', content: '原因：年满 82 岁，行动不便，本人申请。登记后不再给吴桂兰记分、排名；以后可以恢复。' },
    ]);
    expect(backend.callsOf('org.setMemberExempt')).toEqual([
      { fn: 'org', action: 'setMemberExempt', data: { memberId: 'm-wuguilan', exempt: { reason: '年满 82 岁，行动不便，本人申请' } } },
    ]);
    expect(textOf(page)).toContain('现在不纳入的（2 人）');
    expect(textOf(pick(page, '#exempt-m-wuguilan'))).toContain('2026年11月27日起，经支部批准');
    expect(wxState.toasts).toEqual(['已登记：吴桂兰不纳入积分管理']);
  });

  it('no network while registering: says so, and keeps what was written', async () => {
    const { page, backend } = open({ 'org.setMemberExempt': offline() });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.add-start');
    await tap(page, '#choose-m-zhaoqiang');
    await writeReason(page, '长期外出务工，本人申请');
    await tapButton(page, '.add-submit');
    await until(() => textOf(page).includes('没有连上网络，赵强还没有登记'));
    expect((page.data as { reason: string; adding: boolean }).reason).toBe('长期外出务工，本人申请');
    setOnline(true);
    backend.answer('org.setMemberExempt', answered);
    await tapButton(page, '.add-submit');
    await until(() => !(page.data as { adding: boolean }).adding);
  });

  it('restores a member after one confirmation; “不了” changes nothing', async () => {
    wxState.modalConfirms = false;
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '#exempt-m-gaoxiulan .restore');
    expect(backend.callsOf('org.setMemberExempt')).toEqual([]);
    wxState.modalConfirms = true;
    await tapButton(page, '#exempt-m-gaoxiulan .restore');
    await until(() => textOf(page).includes('现在不纳入的（0 人）'));
    expect(backend.callsOf('org.setMemberExempt')[0].data).toEqual({ memberId: 'm-gaoxiulan', exempt: null });
    expect(textOf(page)).toContain('全支部的党员都在积分管理中');
  });

  it('an empty branch, offline and errors say what to do', async () => {
    const empty = open({ 'org.listMembers': ok(emptyMembersReply) });
    await until(() => stateOf(empty.page) === 'empty');
    expect(textOf(empty.page)).toContain('先在“支部管理”里导入党员名册');
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
