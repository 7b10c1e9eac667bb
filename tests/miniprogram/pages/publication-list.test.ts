import { provideServices } from '../../../miniprogram/services/services';
import { setNow } from '../../../miniprogram/common/clock';
import { fakeBackend, hold, offline, ok, refused } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import { BRANCH_ID, DURING_WINDOW, listReply, PUBLICATION_ID } from '../fixtures/publications';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const keepProfile = (profile: unknown, identity = 'demo-v03') => wxState.storage.set(`profile:${identity}`, profile);

describe('公示栏: the branch’s publications (publications/list)', () => {
  let id: string;
  beforeAll(() => {
    id = load('publications/list/list');
  });
  beforeEach(() => {
    resetWx();
    setNow(DURING_WINDOW);
  });
  afterEach(() => {
    provideServices(undefined);
    setNow(null);
  });

  it('shows “正在加载” while the list is on its way', async () => {
    keepProfile(memberProfile);
    const pending = hold();
    provideServices(fakeBackend({ 'publications.listPublications': pending }).services);
    const page = render(id);
    await until(() => textOf(page).includes('正在加载'));
    pending.release(ok(listReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('a member: each period with where it stands and until when, newest first — for one call; a tap opens its board', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({ 'publications.listPublications': ok(listReply) });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    const items = pickAll(page, '.item').map((item) => textOf(item));
    expect(items[0]).toContain('2026年11月积分公示');
    expect(items[0]).toContain('公示中');
    expect(items[0]).toContain('公示至 12月8日');
    expect(items[1]).toContain('2026年10月积分公示');
    expect(items[1]).toContain('已定稿');
    expect(textOf(page)).toContain('青石村党支部公示栏');
    expect(() => pick(page, '.manage')).toThrow();
    expect(backend.calls).toEqual([{ fn: 'publications', action: 'listPublications', data: { branchId: BRANCH_ID, year: 2026 } }]);
    await tap(page, '.item');
    expect(wxState.navigations).toEqual([
      { kind: 'navigateTo', url: `/publications/board/board?publication=${encodeURIComponent(PUBLICATION_ID)}` },
    ]);
  });

  it('a member: “我的异议” opens their appeals of every period', async () => {
    keepProfile(memberProfile);
    provideServices(fakeBackend({ 'publications.listPublications': ok(listReply) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('我的异议（提过的和答复）');
    await tapButton(page, '.my-appeals');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/publications/appeals-mine/appeals-mine' }]);
  });

  it('a secretary also gets the way to 公示管理', async () => {
    keepProfile(secretaryProfile, 'demo-v01');
    provideServices(fakeBackend({ 'publications.listPublications': ok(listReply) }, 'demo-v01').services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.manage');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/publications/manage/manage' }]);
  });

  it('empty: no publication this year yet, and last year’s one tap away', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({
      'publications.listPublications': (data: unknown) => ok((data as { year: number }).year === 2026 ? { publications: [] } : listReply),
    });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('2026年还没有公示');
    expect(textOf(page)).toContain('支部书记发布公示后');
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls.map((c) => (c.data as { year: number }).year)).toEqual([2026, 2025]);
    expect(textOf(page)).toContain('回到2026年');
  });

  it('error: the server’s message with what to do, and “重试” loads again', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({
      'publications.listPublications': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试'),
    });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('服务暂时不可用，请稍后再试');
    backend.answer('publications.listPublications', ok(listReply));
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'ready');
  });

  it('offline: says so, and loads by itself when the phone is back online', async () => {
    keepProfile(memberProfile);
    const backend = fakeBackend({ 'publications.listPublications': offline() });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'offline');
    backend.answer('publications.listPublications', ok(listReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('care mode: larger everything', async () => {
    keepProfile(memberProfile);
    wxState.storage.set('careMode', 'on');
    provideServices(fakeBackend({ 'publications.listPublications': ok(listReply) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom!.getAttribute('style')).toContain('--scale:1.3;');
  });
});
