import { provideServices } from '../../../miniprogram/services/services';
import { PAGES } from '../../../miniprogram/common/pages';
import { fakeBackend } from '../support/fake-backend';
import { resetWx, wxState } from '../support/fake-wx';
import { load, pickAll, render, tap, textOf, until, type Rendered } from '../support/render';
import { committeeProfile } from '../fixtures/committee';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;

let id: string;

/** The home as the committee's administrator sees it (pages/home/home; its member and secretary views are home.test.ts's). */
describe('首页 for a committee admin', () => {
  beforeAll(() => {
    id = load('pages/home/home');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('says where to go and leads there, the 党委总览 tile first, for no call', async () => {
    wxState.storage.set('profile:demo-admin', committeeProfile);
    const backend = fakeBackend({}, 'demo-admin');
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('青石镇党委管理员 刘组织');
    expect(textOf(page)).toContain('点下面的“党委总览”');
    expect(textOf(page)).not.toContain('正在建设');
    const tiles = pickAll(page, '.entry');
    expect(textOf(tiles[0] as Rendered)).toContain('党委总览');
    await tap(page, '#entry-committee');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: PAGES.committee }]);
    expect(backend.calls).toEqual([]);
  });
});
