import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import {
  COMMITTEE,
  committeeProfile,
  committeeSummaryReply,
  newBranchSchemes,
  newBranch,
  schemesReply,
  schemesWithCustom,
  villageSchemesOpen,
  villageSchemesPinned,
} from '../fixtures/committee';

const ADMIN = 'demo-admin';
const [village] = committeeSummaryReply.branches;
const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const dataOf = (page: Rendered) => page.data as { saving: boolean; chosenIsCurrent: boolean; chosenYear: number };
/** The query 党委总览 opens the page with for 青石村 (scheme 001 in 2026). */
const QUERY = { branch: village.branchId, name: village.name, year: '2026', scheme: '001-xishui-town', version: '1', committee: COMMITTEE };
const PINNED = refused('CONFLICT', 'SCHEME_PINNED', '青石村党支部 2026 年已有申报或积分记录，积分方案已锁定，不能更换');
const set = (data: unknown) => {
  const request = data as { year: number; scheme: { preset?: string; custom?: string } };
  const id = request.scheme.preset ?? request.scheme.custom!.split('@')[0];
  return ok({
    branchYearId: `${village.branchId}:${request.year}`,
    schemeId: id,
    schemeVersion: 1,
    source: request.scheme.preset ? 'preset' : 'custom',
    scoringFrom: `${request.year}-01-01`,
    changed: true,
  });
};

function open(replies: Record<string, Reply> = {}, query: Record<string, string> = QUERY) {
  wxState.storage.set(`profile:${ADMIN}`, committeeProfile);
  const backend = fakeBackend({ 'org.listSchemes': ok(villageSchemesOpen), 'org.setBranchScheme': set, ...replies }, ADMIN);
  provideServices(backend.services);
  return { page: render(id, query), backend };
}

/** The option rows by name. */
const optionNamed = (page: Rendered, name: string) => {
  const index = pickAll(page, '.option').findIndex((o) => textOf(o as Rendered).includes(name));
  if (index < 0) throw new Error(`no option ${name}`);
  return `#option-${index}`;
};

let id: string;

describe('积分方案 (committee/scheme)', () => {
  beforeAll(() => {
    id = load('committee/scheme/scheme');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('shows “正在加载” while the schemes are on their way', async () => {
    const schemes = hold();
    const { page } = open({ 'org.listSchemes': schemes });
    await until(() => textOf(page).includes('正在加载'));
    schemes.release(ok(schemesReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('the schemes the committee may give, the branch’s current one marked, what a change means — for one call', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([
      { fn: 'org', action: 'listSchemes', data: { committeeId: COMMITTEE, branchId: village.branchId, year: 2026 } },
    ]);
    const text = textOf(page);
    expect(text).toContain('青石村党支部');
    expect(text).toContain('2026年用的是：浠水县xx镇党员积分管理实施细则（试行）');
    expect(text).not.toContain('方案已锁定');
    expect(text).toContain('已经有申报、积分或评议结果后，这一年的方案就锁定了');
    expect(pickAll(page, '.option')).toHaveLength(10);
    expect(textOf(pick(page, '#option-0'))).toContain('本党委自定 · 第 2 版（2026年10月12日保存）· 每月计分');
    expect(textOf(pick(page, optionNamed(page, '浠水县')))).toContain('现在用的');
    expect(text).toContain('这就是现在用的方案');
    expect(dataOf(page).chosenIsCurrent).toBe(true);
  });

  it('a year already pinned is said at the top, the next year is chosen, and this year’s button is off', async () => {
    const { page, backend } = open({ 'org.listSchemes': ok(villageSchemesPinned) });
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('本年度已有申报、积分或评议结果，方案已锁定，不能再换');
    expect(dataOf(page).chosenYear).toBe(2027);
    expect(textOf(page)).toContain('为 2027年 选的方案，从 2027年1月1日 起用');
    expect(textOf(pick(page, optionNamed(page, '浠水县')))).toContain('2026年用的');
    await tap(page, '#year-2026');
    expect(textOf(page)).toContain('2026年的方案已锁定');
    await tap(page, optionNamed(page, '新坝乡'));
    await tapButton(page, '.save');
    expect(wxState.modals).toEqual([]);

    await tap(page, '#year-2027');
    await tapButton(page, '.save');
    await until(() => backend.callsOf('org.setBranchScheme').length === 1 && !dataOf(page).saving);
    expect(wxState.modals[0].title).toBe('设定积分方案？');
    expect(backend.callsOf('org.setBranchScheme')[0].data).toEqual({
      branchId: village.branchId,
      year: 2027,
      scheme: { preset: '003-xinba-tiers' },
    });
    expect(textOf(page)).toContain('青石村党支部2027年按这个方案计分，从 1月1日 算起');
  });

  it('from an older function without the branch’s line, the query’s scheme is marked', async () => {
    const { page } = open({ 'org.listSchemes': ok(schemesWithCustom) });
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('2026年用的是：浠水县xx镇党员积分管理实施细则（试行）');
    expect(textOf(pick(page, optionNamed(page, '浠水县')))).toContain('现在用的');
  });

  it('another scheme: a dialog says what it means, then one call changes it and the page says from when', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tap(page, optionNamed(page, '新坝乡'));
    expect(textOf(page)).toContain('改用这个方案');
    await tapButton(page, '.save');
    await until(() => backend.callsOf('org.setBranchScheme').length === 1 && !dataOf(page).saving);
    expect(wxState.modals).toHaveLength(1);
    expect(wxState.modals[0].title).toBe('更换积分方案？');
    expect(wxState.modals[0].content).toContain('青石村党支部2026年改用《新坝乡党员“积分制”管理办法》');
    expect(wxState.modals[0].content).toContain('已有申报、积分或评议结果的，方案已锁定，系统会拒绝更换');
    expect(backend.callsOf('org.setBranchScheme')[0].data).toEqual({
      branchId: village.branchId,
      year: 2026,
      scheme: { preset: '003-xinba-tiers' },
    });
    expect(textOf(page)).toContain('已设定：新坝乡党员“积分制”管理办法');
    expect(textOf(page)).toContain('青石村党支部2026年按这个方案计分，从 1月1日 算起');
    expect(textOf(page)).toContain('2026年用的是：新坝乡党员“积分制”管理办法');
    expect(wxState.toasts).toEqual(['积分方案已设定']);
    expect(backend.calls).toHaveLength(2);
  });

  it('“不了” in the dialog changes nothing', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    wxState.modalConfirms = false;
    await tap(page, optionNamed(page, '新坝乡'));
    await tapButton(page, '.save');
    await until(() => wxState.modals.length === 1);
    expect(backend.callsOf('org.setBranchScheme')).toEqual([]);
  });

  it('a year already pinned: the refusal in Chinese, what to do, and the same choice for next year in one tap', async () => {
    const { page, backend } = open({ 'org.setBranchScheme': PINNED });
    await until(() => stateOf(page) === 'ready');
    await tap(page, optionNamed(page, '新坝乡'));
    await tapButton(page, '.save');
    await until(() => textOf(page).includes('方案已锁定，没有更换'));
    const text = textOf(page);
    expect(text).toContain('青石村党支部 2026 年已有申报或积分记录，积分方案已锁定，不能更换');
    expect(text).toContain('本年度继续按《浠水县xx镇党员积分管理实施细则（试行）》计分');
    expect(text).toContain('可以为 2027年 设定');
    expect(pickAll(page, '.save')).toHaveLength(0);
    expect(text).not.toContain('请返回首页');

    backend.answer('org.setBranchScheme', set);
    await tapButton(page, '.next-year');
    expect(dataOf(page).chosenYear).toBe(2027);
    expect(textOf(page)).toContain('为 2027年 选的方案');
    await tapButton(page, '.save');
    await until(() => textOf(page).includes('已设定：新坝乡'));
    expect(wxState.modals[1].title).toBe('设定积分方案？');
    expect(wxState.modals[1].content).not.toContain('系统会拒绝更换');
    expect(backend.callsOf('org.setBranchScheme')[1].data).toEqual({
      branchId: village.branchId,
      year: 2027,
      scheme: { preset: '003-xinba-tiers' },
    });
  });

  it('a branch with no scheme yet: first choice, a custom scheme by its reference', async () => {
    const { page, backend } = open(
      { 'org.listSchemes': ok(newBranchSchemes) },
      { ...QUERY, branch: newBranch.branchId, name: newBranch.name, scheme: '', version: '' },
    );
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('2026年还没有设定积分方案，党员现在不能申报、记分');
    expect(textOf(page)).toContain('请先选一个方案');
    await tap(page, '#option-0');
    expect(textOf(page)).toContain('为2026年用这个方案');
    await tapButton(page, '.save');
    await until(() => backend.callsOf('org.setBranchScheme').length === 1 && !dataOf(page).saving);
    expect(wxState.modals[0].title).toBe('设定积分方案？');
    expect(backend.callsOf('org.setBranchScheme')[0].data).toEqual({
      branchId: newBranch.branchId,
      year: 2026,
      scheme: { custom: 'qingshi-village@2' },
    });
  });

  it('a change that did not go through says why and keeps the choice', async () => {
    const { page, backend } = open({ 'org.setBranchScheme': offline() });
    await until(() => stateOf(page) === 'ready');
    await tap(page, optionNamed(page, '新坝乡'));
    await tapButton(page, '.save');
    await until(() => textOf(page).includes('没有连上网络。连上网络后再点一次'));
    setOnline(true);
    backend.answer('org.setBranchScheme', set);
    await tapButton(page, '.save');
    await until(() => textOf(page).includes('已设定：新坝乡'));
  });

  it('without the committee in the query, it is the kept profile’s (no extra call)', async () => {
    const { page, backend } = open({}, { ...QUERY, committee: '' });
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([
      { fn: 'org', action: 'listSchemes', data: { committeeId: COMMITTEE, branchId: village.branchId, year: 2026 } },
    ]);
  });

  it('offline: says so, and comes back by itself; an error says what to do', async () => {
    const { page, backend } = open({ 'org.listSchemes': offline() });
    await until(() => stateOf(page) === 'offline');
    backend.answer('org.listSchemes', ok(schemesReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');

    provideServices(undefined);
    const other = open({ 'org.listSchemes': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用') });
    await until(() => stateOf(other.page) === 'error');
    expect(textOf(other.page)).toContain('请稍后点“重试”');
  });

  it('care mode: the same page, larger', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom?.className).toContain('page--care');
  });
});
