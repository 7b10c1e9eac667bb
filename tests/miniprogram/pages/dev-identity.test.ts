import { provideServices, services } from '../../../miniprogram/services/services';
import { fakeBackend } from '../support/fake-backend';
import { resetWx, wxState } from '../support/fake-wx';
import { load, render, tap, tapButton, textOf, until } from '../support/render';

describe('测试身份 (dev/identity, development builds only)', () => {
  let id: string;
  beforeAll(() => {
    id = load('dev/identity/identity');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('is closed in a release build', () => {
    const page = render(id);
    expect(textOf(page)).toContain('只有开发版');
  });

  it('in DevTools starts on the emulator at 127.0.0.1:8790 as demo-v03', () => {
    wxState.envVersion = 'develop';
    wxState.platform = 'devtools';
    const page = render(id);
    expect(page.data).toMatchObject({ enabled: true, baseUrl: 'http://127.0.0.1:8790', openid: 'demo-v03' });
    expect(textOf(page)).toContain('王建国（demo-v01）');
  });

  it('picking the secretary and saving keeps the choice, rebuilds the client as that identity and reopens the home', async () => {
    wxState.envVersion = 'develop';
    wxState.platform = 'devtools';
    provideServices(fakeBackend({}).services);
    const page = render(id);
    await tap(page, '#identity-demo-v01', '.t-radio');
    await until(() => (page.data as { openid: string }).openid === 'demo-v01');
    await tapButton(page, '.save');
    expect(wxState.storage.get('devSettings')).toEqual({ enabled: true, baseUrl: 'http://127.0.0.1:8790', openid: 'demo-v01' });
    expect(wxState.navigations).toEqual([{ kind: 'reLaunch', url: '/pages/home/home' }]);
    expect(services().client.transport).toEqual({ label: '本地模拟器', identity: 'demo-v01' });
  });
});
