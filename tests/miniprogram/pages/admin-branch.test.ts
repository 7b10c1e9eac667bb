import { provideServices } from '../../../miniprogram/services/services';
import { entriesFor } from '../../../miniprogram/pages/home/home-entries';
import { PAGES } from '../../../miniprogram/common/pages';
import { fakeBackend, hold, offline, ok, refused, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import { branchSettingsReply, noSchemeSettings, VILLAGE_BRANCH } from '../fixtures/admin';
import { committeeProfile } from '../fixtures/committee';

const SECRETARY = 'demo-v01';
const stateOf = (page: Rendered) => (page.data as { state: string }).state;

function open(replies: Record<string, Reply> = {}, profile: unknown = secretaryProfile, identity = SECRETARY) {
  wxState.storage.set(`profile:${identity}`, profile);
  const backend = fakeBackend(
    {
      'org.branchSettings': ok(branchSettingsReply),
      'publications.setBoardSettings': (data: unknown) => ok(data),
      ...replies,
    },
    identity,
  );
  provideServices(backend.services);
  return { page: render(id), backend };
}

const switchOf = (page: Rendered) => pick(page, '#ranking-switch', '.t-switch');

let id: string;

describe('支部管理 (admin/branch)', () => {
  beforeAll(() => {
    id = load('admin/branch/branch');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('the secretary’s home has the tile; recorders and members do not', () => {
    const keys = (audience: Parameters<typeof entriesFor>[0]) => entriesFor(audience).map((e) => e.key);
    expect(keys({ member: true, officer: true, secretary: true, developer: false })).toContain('admin');
    expect(keys({ member: true, officer: true, secretary: false, developer: false })).not.toContain('admin');
    expect(keys({ member: true, officer: false, developer: false })).not.toContain('admin');
    expect(entriesFor({ member: false, officer: true, secretary: true, developer: false }).find((e) => e.key === 'admin')?.url).toBe(
      PAGES.admin,
    );
  });

  it('shows “正在加载” while the settings are on their way', async () => {
    const settings = hold();
    const { page } = open({ 'org.branchSettings': settings });
    await until(() => textOf(page).includes('正在加载'));
    settings.release(ok(branchSettingsReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('the roster’s counts, the ways to the other pages, the scheme in plain lines and the ranking switch — for one call', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'org', action: 'branchSettings', data: { branchId: VILLAGE_BRANCH } }]);
    const text = textOf(page);
    expect(text).toContain('青石村党支部');
    expect(text).toContain('党员 7 人，已绑定微信 4 人，不纳入积分管理 1 人');
    expect(text).toContain('还有 3 人没绑定微信');
    expect(text).toContain('2026年的积分方案');
    expect(text).toContain('浠水县xx镇党员积分管理实施细则（试行）');
    expect(text).toContain('预置方案 · 第 1 版');
    expect(text).toContain('2026年全年计分');
    expect(pickAll(page, '.scheme__rule')).toHaveLength(5);
    expect(text).toContain('积分方案由上级党委设定');
    expect(text).toContain('已关闭（默认）');
    expect((pick(page, '#ranking-switch').data as { value: boolean }).value).toBe(false);
  });

  it('each tile opens its page', async () => {
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    await tap(page, '#tile-roster');
    await tap(page, '#tile-invites');
    await tap(page, '#tile-exempt');
    expect(wxState.navigations).toEqual([
      { kind: 'navigateTo', url: PAGES.adminRoster },
      { kind: 'navigateTo', url: PAGES.adminInvites },
      { kind: 'navigateTo', url: PAGES.adminExempt },
    ]);
  });

  it('the switch turns rankings on for the year in one call, and says so', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    switchOf(page).dispatchEvent('tap');
    await until(() => backend.callsOf('publications.setBoardSettings').length === 1 && !(page.data as { switching: boolean }).switching);
    expect(backend.callsOf('publications.setBoardSettings')[0].data).toEqual({ branchId: VILLAGE_BRANCH, year: 2026, showRanking: true });
    expect(wxState.toasts).toEqual(['已打开：今后的公示显示排名']);
    expect(textOf(page)).toContain('已打开：今后发布的公示列出每人的名次');
    expect(backend.calls).toHaveLength(2);
  });

  it('a switch that did not go through flips back and says why', async () => {
    const { page, backend } = open({ 'publications.setBoardSettings': offline() });
    await until(() => stateOf(page) === 'ready');
    switchOf(page).dispatchEvent('tap');
    await until(() => textOf(page).includes('没有连上网络，排名设置没有改'));
    expect((page.data as { showRanking: boolean }).showRanking).toBe(false);
    setOnline(true);
    backend.answer('publications.setBoardSettings', (data: unknown) => ok(data));
    switchOf(page).dispatchEvent('tap');
    await until(
      () => (page.data as { showRanking: boolean; switching: boolean }).showRanking && !(page.data as { switching: boolean }).switching,
    );
    expect(textOf(page)).not.toContain('排名设置没有改');
  });

  it('no scheme for the year yet: says who sets it, and the switch is off', async () => {
    const { page } = open({ 'org.branchSettings': ok(noSchemeSettings) });
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('2027年的积分方案');
    expect(textOf(page)).toContain('还没有设定');
    expect(textOf(page)).toContain('请联系上级党委');
    expect((pick(page, '#ranking-switch').data as { disabled: boolean }).disabled).toBe(true);
    expect(textOf(page)).toContain('积分方案设定后才能改这一项');
  });

  it('offline: says so, and comes back by itself when the network does', async () => {
    const { page, backend } = open({ 'org.branchSettings': offline() });
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('没有连上网络');
    backend.answer('org.branchSettings', ok(branchSettingsReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('an error says what to do; a member who is no secretary is told who may use the page, with no call', async () => {
    const { page } = open({ 'org.branchSettings': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用') });
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('请稍后点“重试”');

    provideServices(undefined);
    const other = open({}, memberProfile, 'demo-v03');
    await until(() => stateOf(other.page) === 'empty');
    expect(textOf(other.page)).toContain('只有支部书记能管理支部');
    expect(other.backend.calls).toEqual([]);
  });

  it('a committee admin (opened with ?branch=) is offered the change of scheme, with the scheme it has now', async () => {
    wxState.storage.set('profile:demo-admin', committeeProfile);
    const backend = fakeBackend({ 'org.branchSettings': ok({ ...branchSettingsReply, acting: 'committeeAdmin' }) }, 'demo-admin');
    provideServices(backend.services);
    const page = render(id, { branch: VILLAGE_BRANCH, name: '青石村党支部' });
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).not.toContain('请联系上级党委');
    expect(textOf(page)).toContain('可以为下一年设定');
    await tapButton(page, '.change-scheme');
    expect(wxState.navigations).toEqual([
      {
        kind: 'navigateTo',
        url: `${PAGES.committeeScheme}?branch=${VILLAGE_BRANCH}&name=${encodeURIComponent('青石村党支部')}&year=2026&scheme=001-xishui-town&version=1`,
      },
    ]);
    expect(backend.calls).toHaveLength(1);

    provideServices(undefined);
    resetWx();
    wxState.storage.set('profile:demo-admin', committeeProfile);
    const none = fakeBackend({ 'org.branchSettings': ok({ ...noSchemeSettings, acting: 'committeeAdmin' }) }, 'demo-admin');
    provideServices(none.services);
    const other = render(id, { branch: VILLAGE_BRANCH, name: '青石村党支部' });
    await until(() => stateOf(other) === 'ready');
    expect(textOf(other)).toContain('为本支部设定2027年的积分方案后');
    await tapButton(other, '.change-scheme');
    expect(wxState.navigations[0].url).toBe(
      `${PAGES.committeeScheme}?branch=${VILLAGE_BRANCH}&name=${encodeURIComponent('青石村党支部')}&year=2027`,
    );
  });

  it('care mode: the same page, larger', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom?.className).toContain('page--care');
  });
});
