import { provideServices } from '../../../miniprogram/services/services';
import { entriesFor } from '../../../miniprogram/pages/home/home-entries';
import { PAGES } from '../../../miniprogram/common/pages';
import { fakeBackend, hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { secretaryProfile } from '../fixtures/demo';
import {
  COMMITTEE,
  committeeProfile,
  committeeSummaryReply,
  summaryFormReply,
  widerSummary,
  widerSummaryRest,
} from '../fixtures/committee';

const ADMIN = 'demo-admin';
const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const [village, office] = committeeSummaryReply.branches;

function open(replies: Record<string, Reply> = {}) {
  wxState.storage.set(`profile:${ADMIN}`, committeeProfile);
  const backend = fakeBackend(
    { 'home.committeeSummary': ok(committeeSummaryReply), 'exports.summaryForm': ok(summaryFormReply), ...replies },
    ADMIN,
  );
  provideServices(backend.services);
  return { page: render(id), backend };
}

let id: string;

describe('党委总览 (committee/summary)', () => {
  beforeAll(() => {
    id = load('committee/summary/summary');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('a committee admin’s home has the tile; secretaries and members do not', () => {
    const keys = (audience: Parameters<typeof entriesFor>[0]) => entriesFor(audience).map((e) => e.key);
    expect(keys({ member: false, officer: false, developer: false, committee: true })).toContain('committee');
    expect(keys({ member: true, officer: true, secretary: true, developer: false })).not.toContain('committee');
    expect(keys({ member: true, officer: false, developer: false, committee: false })).not.toContain('committee');
    expect(entriesFor({ member: false, officer: false, developer: false, committee: true }).find((e) => e.key === 'committee')?.url).toBe(
      PAGES.committee,
    );
    expect(secretaryProfile.roles.some((r) => r.role === 'committeeAdmin')).toBe(false);
  });

  it('shows “正在加载” while the summary is on its way', async () => {
    const summary = hold();
    const { page } = open({ 'home.committeeSummary': summary });
    await until(() => textOf(page).includes('正在加载'));
    summary.release(ok(committeeSummaryReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('the committee in a sentence, the totals that ask for action and every branch — for one call', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'home', action: 'committeeSummary', data: { limit: 20 } }]);
    const text = textOf(page);
    expect(text).toContain('青石镇党委');
    expect(text).toContain('2026年 · 截至 11月27日');
    expect(text).toContain('30 名党员，2 个支部，申报 175 项，确认 150 项');
    expect(text).toContain('2 个支部有事要办');
    expect(text).toContain('已到期 3 期：按时 0 期，迟发 0 期，逾期未发 3 期');
    expect(text).toContain('没有未答复的异议（今年共 0 件）');
    expect(text).toContain('待审核 8 份，超过 7 天未审核 8 份；确认率 86%');
    expect(text).toContain('还没有支部上报年度等次');
    expect(pickAll(page, '.figure__text--warn').map((n) => n.dom?.textContent)).toHaveLength(3);

    const rows = pickAll(page, '.branch');
    expect(rows).toHaveLength(2);
    const first = textOf(rows[0] as Rendered);
    expect(first).toContain('青石村党支部');
    expect(first).toContain('积分方案：浠水县xx镇党员积分管理实施细则（试行）');
    expect(first).toContain('党员 18 人 · 申报 95 项 · 确认 83 项（87%）');
    expect(first).toContain('2026年9月、2026年10月公示逾期未发布');
    expect(first).toContain('4 份申报超过 7 天未审核');
    expect(first).toContain('更换积分方案');
  });

  it('a branch’s row opens its admin pages; its scheme button opens the scheme page for that branch', async () => {
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    await tap(page, `#branch-${office.branchId} .branch__main`);
    await tap(page, `#branch-${village.branchId} .branch__scheme`);
    expect(wxState.navigations).toEqual([
      { kind: 'navigateTo', url: `${PAGES.admin}?branch=${office.branchId}&name=${encodeURIComponent(office.name)}` },
      {
        kind: 'navigateTo',
        url: `${PAGES.committeeScheme}?branch=${village.branchId}&name=${encodeURIComponent(village.name)}&year=2026&scheme=001-xishui-town&version=1&committee=${COMMITTEE}`,
      },
    ]);
  });

  it('导出汇总表: the function writes the .xlsx, the phone downloads it under its name and opens it with the menu to forward', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.export');
    await until(() => wxState.documents.length === 1);
    expect(backend.callsOf('exports.summaryForm').map((c) => c.data)).toEqual([{ committeeId: COMMITTEE, year: 2026 }]);
    expect(wxState.downloads).toEqual([
      { url: summaryFormReply.url, filePath: 'wxfile://usr/党委汇总表_党员积分管理情况汇总表（青石镇党委_2026年）.xlsx' },
    ]);
    expect(wxState.documents).toEqual([
      { filePath: 'wxfile://usr/党委汇总表_党员积分管理情况汇总表（青石镇党委_2026年）.xlsx', fileType: 'xlsx', showMenu: true },
    ]);
    await until(() => wxState.toasts.length === 1);
    expect(wxState.toasts).toEqual(['点右上角“···”可转发汇总表']);
    expect((page.data as { exporting: string }).exporting).toBe('');
  });

  it('an export that fails says what to do: offline, an expired link, a refusal', async () => {
    const { page, backend } = open({ 'exports.summaryForm': offline() });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.export');
    await until(() => textOf(page).includes('没有连上网络，汇总表没有生成'));
    expect(wxState.downloads).toEqual([]);

    setOnline(true);
    backend.answer('exports.summaryForm', ok(summaryFormReply));
    wxState.downloadStatus = 403;
    await tapButton(page, '.export');
    await until(() => textOf(page).includes('汇总表已生成，但没能下载到手机'));
    expect(textOf(page)).not.toContain('没有连上网络，汇总表没有生成');
    expect(wxState.documents).toEqual([]);

    backend.answer('exports.summaryForm', refused('FORBIDDEN', 'NOT_COMMITTEE_ADMIN', '只有上级党委管理员可以这样做'));
    await tapButton(page, '.export');
    await until(() => textOf(page).includes('汇总表没有生成：只有上级党委管理员可以这样做'));
  });

  it('a committee of many branches: the first page, then the rest on request (the totals are over all of them)', async () => {
    const { page, backend } = open({ 'home.committeeSummary': ok(widerSummary) });
    await until(() => stateOf(page) === 'ready');
    expect(pickAll(page, '.branch')).toHaveLength(3);
    const text = textOf(page);
    expect(text).toContain('77 名党员，入党积极分子 1 人，5 个支部');
    expect(text).toContain('未答复 1 件，其中超过期限 1 件');
    expect(text).toContain('优秀 5 人，合格 22 人，基本合格 1 人');
    expect(textOf(pickAll(page, '.branch')[0] as Rendered)).toContain('尚未设置2026年积分方案');
    expect(textOf(pickAll(page, '.branch')[0] as Rendered)).toContain('设定积分方案');
    expect(textOf(pickAll(page, '.branch')[1] as Rendered)).toContain(
      '年度等次：支部已上报，待党委审定（优秀 3 人，合格 14 人，基本合格 1 人）',
    );
    expect(text).toContain('再显示 2 个支部');

    backend.answer('home.committeeSummary', ok(widerSummaryRest));
    await tapButton(page, '.more');
    await until(() => pickAll(page, '.branch').length === 5);
    expect(backend.callsOf('home.committeeSummary')[1].data).toEqual({ committeeId: COMMITTEE, year: 2026, offset: 3, limit: 20 });
    expect(textOf(pickAll(page, '.branch')[4] as Rendered)).toContain('没有要办的事');
    expect(textOf(pickAll(page, '.branch')[4] as Rendered)).toContain('年度等次：党委已审定（优秀 2 人，合格 8 人）');
    expect(textOf(page)).not.toContain('再显示');
  });

  it('offline: says so, and comes back by itself when the network does', async () => {
    const { page, backend } = open({ 'home.committeeSummary': offline() });
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('没有连上网络');
    backend.answer('home.committeeSummary', ok(committeeSummaryReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('an error says what to do; someone who is no committee admin is told who uses the page', async () => {
    const { page } = open({ 'home.committeeSummary': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用') });
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('请稍后点“重试”');

    provideServices(undefined);
    const other = open({ 'home.committeeSummary': refused('FORBIDDEN', 'NOT_COMMITTEE_ADMIN', '只有上级党委管理员可以这样做') });
    await until(() => stateOf(other.page) === 'empty');
    expect(textOf(other.page)).toContain('只有党委管理员能看总览');
  });

  it('a committee with no branch yet says what comes first', async () => {
    const { page } = open({
      'home.committeeSummary': ok({
        ...committeeSummaryReply,
        branches: [],
        total: 0,
        totals: { ...committeeSummaryReply.totals, branches: 0 },
      }),
    });
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('青石镇党委下还没有支部');
  });

  it('care mode: the same page, larger', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom?.className).toContain('page--care');
  });
});
