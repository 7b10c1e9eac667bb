import { provideServices } from '../../../miniprogram/services/services';
import { beijingYear } from '../../../miniprogram/member/records/records-view';
import { fakeBackend, hold, offline, ok, refused, type FakeBackend } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile } from '../fixtures/demo';
import { memberLedgerReply, myReports, reportFormReply } from '../fixtures/reports-demo';

const IDENTITY = 'demo-v03';
const MEMBER_ID = memberProfile.members[0].memberId;
const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const pending = myReports.reports.find((r) => r.status === 'pending')!;
const cardText = (page: Rendered, selector: string) => pickAll(page, selector).map((card) => textOf(card));

let id: string;

function open(replies: Parameters<typeof fakeBackend>[0], properties?: Record<string, unknown>): { page: Rendered; backend: FakeBackend } {
  wxState.storage.set(`profile:${IDENTITY}`, memberProfile);
  const backend = fakeBackend(replies, IDENTITY);
  provideServices(backend.services);
  return { page: render(id, properties), backend };
}

describe('我的申报 / 积分明细 (member/records)', () => {
  beforeAll(() => {
    id = load('member/records/records');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('shows “正在加载” while the first call is on its way', async () => {
    const reply = hold();
    const { page } = open({ 'reports.listMyReports': reply });
    await until(() => textOf(page).includes('正在加载'));
    reply.release(ok(myReports));
    await until(() => stateOf(page) === 'ready');
  });

  it('my reports, one call: pending, approved with the points, rejected with the reason, withdrawn', async () => {
    wxState.storage.set(`reportForm:${IDENTITY}`, reportFormReply);
    const { page, backend } = open({ 'reports.listMyReports': ok(myReports) });
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'reports', action: 'listMyReports', data: { memberId: MEMBER_ID, offset: 0, limit: 20 } }]);
    const [rejected, withdrawn, waiting, approved] = cardText(page, '.report');
    expect(rejected).toContain('没通过');
    expect(rejected).toContain('没通过的原因“七一”活动是7月的事');
    expect(rejected).toContain('重新申报');
    expect(withdrawn).toContain('已撤回');
    expect(waiting).toContain('待审核');
    expect(waiting).toContain('级别：县级表彰');
    expect(waiting).toContain('看照片（2 张）');
    expect(waiting).toContain('撤回');
    expect(approved).toContain('已通过');
    expect(approved).toContain('记入积分：+6 分');
    expect(approved).toContain('岗位：治安巡逻志愿服务岗');
    expect(pickAll(page, '.withdraw')).toHaveLength(1);
  });

  it('filters by state: each filter is one call with its status', async () => {
    const { page, backend } = open({ 'reports.listMyReports': ok(myReports) });
    await until(() => stateOf(page) === 'ready');
    backend.answer('reports.listMyReports', ok({ total: 0, reports: [] }));
    await tap(page, '#filter-rejected');
    await until(() => stateOf(page) === 'empty');
    expect(backend.calls[1].data).toEqual({ memberId: MEMBER_ID, offset: 0, limit: 20, status: 'rejected' });
    expect(textOf(page)).toContain('没有没通过的申报');
  });

  it('withdraws a pending report after asking, and shows it withdrawn; “不了” changes nothing', async () => {
    const { page, backend } = open({
      'reports.listMyReports': ok(myReports),
      'reports.withdrawReport': ok({ ...pending, status: 'withdrawn' }),
    });
    await until(() => stateOf(page) === 'ready');
    wxState.modalConfirms = false;
    await tapButton(page, '.withdraw');
    await until(() => wxState.modals.length === 1);
    expect(backend.callsOf('reports.withdrawReport')).toEqual([]);
    wxState.modalConfirms = true;
    await tapButton(page, '.withdraw');
    await until(() => wxState.toasts.includes('已撤回'));
    expect(wxState.modals[1]).toEqual({ title: '撤回这条申报？', content: expect.stringContaining('撤回后就不再审核了') });
    expect(backend.callsOf('reports.withdrawReport').map((c) => c.data)).toEqual([{ reportId: pending.reportId }]);
    expect(cardText(page, '.report')[2]).toContain('已撤回');
    expect(pickAll(page, '.withdraw')).toHaveLength(0);
  });

  it('the ledger, one call: every line says which item, how it came, who, when, and what a correction cancelled', async () => {
    wxState.storage.set(`reportForm:${IDENTITY}`, reportFormReply);
    const { page, backend } = open({ 'home.memberLedger': ok(memberLedgerReply) }, { tab: 'ledger' });
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([
      { fn: 'home', action: 'memberLedger', data: { memberId: MEMBER_ID, offset: 0, limit: 20, year: beijingYear() } },
    ]);
    const [reversal, approval, deduction] = cardText(page, '.line');
    expect(reversal).toContain('撤销扣分：学习迟到、早退、请假');
    expect(reversal).toContain('+2 分');
    expect(reversal).toContain('怎么来的：记分员 李秀英 更正，撤销了原来的记录');
    expect(reversal).toContain('撤销的是：11月18日“学习迟到、早退、请假” −2 分');
    expect(reversal).toContain('说明：当天已向书记请假并补了假条，撤销这条扣分');
    expect(approval).toContain('设岗定责、依岗亮责');
    expect(approval).toContain('怎么来的：本人申报，记分员 李秀英 审核通过');
    expect(approval).toContain('记录时间：11月23日 10:47');
    expect(approval).toContain('岗位：治安巡逻志愿服务岗');
    expect(deduction).toContain('−2 分');
    expect(deduction).toContain('怎么来的：会议考勤，记分员 李秀英 录入');
    expect(deduction).toContain('日期：11月18日（计入11月）');
  });

  it('switches between the tabs, one call each', async () => {
    const { page, backend } = open({ 'reports.listMyReports': ok(myReports), 'home.memberLedger': ok(memberLedgerReply) });
    await until(() => stateOf(page) === 'ready');
    await tap(page, '#tab-ledger');
    await until(() => stateOf(page) === 'ready' && pickAll(page, '.line').length > 0);
    expect(backend.calls.map((c) => c.action)).toEqual(['listMyReports', 'memberLedger']);
  });

  it('积分明细 leads to 我的异议 (the appeals against published periods and their answers)', async () => {
    const { page } = open({ 'home.memberLedger': ok(memberLedgerReply) }, { tab: 'ledger' });
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('看我的异议和答复');
    await tap(page, '.appeals-link');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/publications/appeals-mine/appeals-mine' }]);
  });

  it('pages through a long list: “再看 20 条” asks for the next page and adds it', async () => {
    const first = { total: 25, lines: memberLedgerReply.lines };
    const { page, backend } = open({ 'home.memberLedger': ok(first) }, { tab: 'ledger' });
    await until(() => stateOf(page) === 'ready');
    backend.answer('home.memberLedger', ok({ total: 25, lines: memberLedgerReply.lines.slice(0, 2) }));
    await tapButton(page, '.more');
    await until(() => pickAll(page, '.line').length === memberLedgerReply.lines.length + 2);
    expect((backend.calls[1].data as { offset: number }).offset).toBe(memberLedgerReply.lines.length);
  });

  it('empty, error and offline say what to do next', async () => {
    const { page, backend } = open({ 'reports.listMyReports': ok({ total: 0, reports: [] }) });
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('点“申报积分”报给支部');

    const broken = open({ 'reports.listMyReports': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用') });
    await until(() => stateOf(broken.page) === 'error');
    expect(textOf(broken.page)).toContain('服务暂时不可用。请稍后点“重试”。');

    const away = open({ 'reports.listMyReports': offline() });
    await until(() => stateOf(away.page) === 'offline');
    away.backend.answer('reports.listMyReports', ok(myReports));
    setOnline(true);
    await until(() => stateOf(away.page) === 'ready');
    expect(backend.calls).toHaveLength(1);
  });

  it('care mode: the page scales up', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = open({ 'reports.listMyReports': ok(myReports) });
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom!.className).toContain('page--care');
  });
});
