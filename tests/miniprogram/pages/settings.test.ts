import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, offline, ok } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile, secretaryProfile } from '../fixtures/demo';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;

describe('我的设置 (pages/settings)', () => {
  let id: string;
  beforeAll(() => {
    id = load('pages/settings/settings');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('shows the kept identity without a call: member record and roles', async () => {
    wxState.storage.set('profile:demo-v01', secretaryProfile);
    const backend = fakeBackend({}, 'demo-v01');
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('王建国');
    expect(textOf(page)).toContain('青石村党支部 · 正式党员');
    expect(textOf(page)).toContain('青石村党支部书记');
    expect(backend.calls).toEqual([]);
  });

  it('asks once when nothing is kept (loading, then the identity)', async () => {
    const backend = fakeBackend({ 'org.myProfile': ok(memberProfile) });
    provideServices(backend.services);
    const page = render(id);
    expect(stateOf(page)).toBe('loading');
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('张伟');
    expect(backend.calls.map((c) => c.action)).toEqual(['myProfile']);
  });

  it('offline: says so and comes back by itself when the network returns', async () => {
    const backend = fakeBackend({ 'org.myProfile': offline() });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('没有连上网络');
    backend.answer('org.myProfile', ok(memberProfile));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('empty: someone with no identity is told so and offered the bind page', async () => {
    provideServices(fakeBackend({ 'org.myProfile': ok({ roles: [], members: [] }) }, 'dev-newcomer').services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('还没有绑定任何身份');
    await tapButton(page, '.bind-another');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/bind/bind' }]);
  });

  it('the 大字模式 switch turns care mode on and off, remembered on the phone', async () => {
    wxState.storage.set('profile:demo-v03', memberProfile);
    provideServices(fakeBackend({}).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    const root = () => pick(page, '.page').dom!;
    expect(root().className).not.toContain('page--care');
    await tap(page, '#care-switch', '.t-switch');
    await until(() => root().className.includes('page--care'));
    expect(wxState.storage.get('careMode')).toBe('on');
    expect(root().getAttribute('style')).toContain('--scale:1.3;');
    await tap(page, '#care-switch', '.t-switch');
    await until(() => !root().className.includes('page--care'));
    expect(wxState.storage.get('careMode')).toBe('off');
  });

  it('says which WeChat font size care mode follows', async () => {
    wxState.fontSizeSetting = 20;
    wxState.storage.set('profile:demo-v03', memberProfile);
    provideServices(fakeBackend({}).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('微信字体：偏大（20）');
    expect(pick(page, '.page').dom!.className).toContain('page--care');
  });

  it('offers the test identity only in a development build', async () => {
    wxState.storage.set('profile:demo-v03', memberProfile);
    provideServices(fakeBackend({}).services);
    const release = render(id);
    await until(() => stateOf(release) === 'ready');
    expect(textOf(release)).not.toContain('切换测试身份');
    wxState.envVersion = 'develop';
    const develop = render(id);
    await until(() => stateOf(develop) === 'ready');
    expect(textOf(develop)).toContain('当前连接：测试：demo-v03');
    await tapButton(develop, '.dev-identity');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/dev/identity/identity' }]);
  });
});
