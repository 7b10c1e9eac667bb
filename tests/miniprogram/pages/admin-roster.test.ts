import { provideServices } from '../../../miniprogram/services/services';
import { PAGES } from '../../../miniprogram/common/pages';
import { fakeBackend, hold, offline, ok, type FakeBackend, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pickAll, render, tapButton, textOf, until, type Rendered } from '../support/render';
import { secretaryProfile } from '../fixtures/demo';
import { ROSTER_FILE, rosterHeaderReply, rosterProblemsReply, VILLAGE_BRANCH } from '../fixtures/admin';

const SECRETARY = 'demo-v01';
const stepOf = (page: Rendered) => (page.data as { step: string }).step;
const stateOf = (page: Rendered) => (page.data as { state: string }).state;

function open(replies: Record<string, Reply> = {}): { page: Rendered; backend: FakeBackend } {
  wxState.storage.set(`profile:${SECRETARY}`, secretaryProfile);
  const backend = fakeBackend({ 'org.importRoster': ok({ imported: 8 }), ...replies }, SECRETARY);
  provideServices(backend.services);
  return { page: render(id), backend };
}

let id: string;

describe('导入党员名册 (admin/roster)', () => {
  beforeAll(() => {
    id = load('admin/roster/roster');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('opens with no call: what the file needs, and the one button that picks it from a chat', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([]);
    const text = textOf(page);
    expect(text).toContain('青石村党支部');
    expect(text).toContain('必填：姓名、性别、出生日期、入党日期、党员状态');
    expect(text).toContain('哪怕只有一处不对，也一个人都不导入');
    expect(text).toContain('从微信聊天里选名册文件');
  });

  it('picks the .xlsx, uploads it under imports/, imports it in one call, then leads to the invite codes', async () => {
    wxState.pickedFiles.push([ROSTER_FILE]);
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.pick');
    await until(() => stepOf(page) === 'done');
    expect(backend.uploads).toEqual([
      { cloudPath: expect.stringMatching(new RegExp(`^imports/${VILLAGE_BRANCH}-[0-9a-z]+\\.xlsx$`)), filePath: ROSTER_FILE.path },
    ]);
    expect(backend.calls).toEqual([
      {
        fn: 'org',
        action: 'importRoster',
        data: { branchId: VILLAGE_BRANCH, fileId: `cloud://test-env.test-bucket/${backend.uploads[0].cloudPath}` },
      },
    ]);
    expect(textOf(page)).toContain('已导入 8 名党员');
    await tapButton(page, '.to-invites');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: PAGES.adminInvites }]);
  });

  it('shows the upload’s progress, then “正在逐行检查”', async () => {
    wxState.pickedFiles.push([ROSTER_FILE]);
    const imported = hold();
    const { page } = open({ 'org.importRoster': imported });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.pick');
    await until(() => stepOf(page) === 'checking');
    expect(textOf(page)).toContain('正在逐行检查');
    imported.release(ok({ imported: 8 }));
    await until(() => stepOf(page) === 'done');
  });

  it('a file with problems: each row’s problems in Chinese, in the sheet’s order, nothing imported, pick again', async () => {
    wxState.pickedFiles.push([ROSTER_FILE], [{ ...ROSTER_FILE, path: 'wxfile://tmp_roster_fixed.xlsx' }]);
    const { page, backend } = open({ 'org.importRoster': rosterProblemsReply });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.pick');
    await until(() => stepOf(page) === 'problems');
    expect(textOf(page)).toContain('名册里有 4 处要改，这次一个人也没有导入');
    expect(textOf(page)).toContain('请在电脑上打开“青石村党员名册.xlsx”');
    expect(pickAll(page, '.row__where').map((n) => n.dom?.textContent)).toEqual(['第 3 行', '第 7 行', '第 12 行']);
    expect(pickAll(page, '#row-3 .row__line').map((n) => n.dom?.textContent)).toEqual([
      '性别：请填写“男”或“女”',
      '出生日期：日期看不懂：请写成 1960-03-05 这样',
    ]);

    backend.answer('org.importRoster', ok({ imported: 8 }));
    await tapButton(page, '.pick');
    await until(() => stepOf(page) === 'done');
    expect(backend.uploads.map((u) => u.filePath)).toEqual([ROSTER_FILE.path, 'wxfile://tmp_roster_fixed.xlsx']);
  });

  it('a header that misses a column is named as such', async () => {
    wxState.pickedFiles.push([ROSTER_FILE]);
    const { page } = open({ 'org.importRoster': rosterHeaderReply });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.pick');
    await until(() => stepOf(page) === 'problems');
    expect(textOf(page)).toContain('这个文件不能导入');
    expect(textOf(page)).toContain('表头（第一行）缺少“入党日期”列');
  });

  it('an .xls or a photo is refused on the phone with what to do, nothing uploaded', async () => {
    wxState.pickedFiles.push([{ ...ROSTER_FILE, name: '名册.xls' }]);
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.pick');
    await until(() => textOf(page).includes('不是 .xlsx 格式'));
    expect(textOf(page)).toContain('“另存为”Excel 工作簿（.xlsx）');
    expect(backend.uploads).toEqual([]);
    expect(backend.calls).toEqual([]);
  });

  it('cancelling the chat list changes nothing', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.pick');
    expect(stepOf(page)).toBe('pick');
    expect(backend.uploads).toEqual([]);
  });

  it('no network during the upload: says so, and “重新上传” sends the same file without picking again', async () => {
    wxState.pickedFiles.push([ROSTER_FILE]);
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    backend.failNextUpload('offline');
    await tapButton(page, '.pick');
    await until(() => textOf(page).includes('名册还没有传上去'));
    setOnline(true);
    await tapButton(page, '.retry-send');
    await until(() => stepOf(page) === 'done');
    expect(backend.uploads.map((u) => u.filePath)).toEqual([ROSTER_FILE.path]);
  });

  it('no network for the import: the uploaded file is checked again without another upload', async () => {
    wxState.pickedFiles.push([ROSTER_FILE]);
    const { page, backend } = open({ 'org.importRoster': offline() });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.pick');
    await until(() => textOf(page).includes('还不知道导入了没有'));
    setOnline(true);
    backend.answer('org.importRoster', ok({ imported: 8 }));
    await tapButton(page, '.retry-send');
    await until(() => stepOf(page) === 'done');
    expect(backend.uploads).toHaveLength(1);
    expect(backend.callsOf('org.importRoster')).toHaveLength(2);
    expect(backend.callsOf('org.importRoster')[1].data).toEqual(backend.callsOf('org.importRoster')[0].data);
  });
});
