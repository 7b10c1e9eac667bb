import { provideServices } from '../../../miniprogram/services/services';
import { setNow } from '../../../miniprogram/common/clock';
import { fakeBackend, hold, offline, ok, refused } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, simulate, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import {
  acceptedAppeal,
  DURING_WINDOW,
  memberBoard,
  novemberBoard,
  novemberPublication,
  octoberPublication,
  openAppeal,
  PUBLICATION_ID,
  rejectedAppeal,
  secretaryBoard,
} from '../fixtures/publications';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const open = (id: string) => render(id, { publication: PUBLICATION_ID });
const typeReason = async (page: Rendered, value: string) => {
  pick(page, '#reason').dispatchEvent('input', { detail: { value, cursor: value.length } });
  await simulate.sleep(0);
};
const draftKey = `appealDraft:demo-v03:${PUBLICATION_ID}`;

describe('公示栏: one board (publications/board)', () => {
  let id: string;
  beforeAll(() => {
    id = load('publications/board/board');
  });
  beforeEach(() => {
    resetWx();
    setNow(DURING_WINDOW);
  });
  afterEach(() => {
    provideServices(undefined);
    setNow(null);
  });

  it('shows “正在加载” while the board is on its way', async () => {
    const pending = hold();
    provideServices(fakeBackend({ 'publications.publicationBoard': pending }).services);
    const page = open(id);
    await until(() => textOf(page).includes('正在加载'));
    pending.release(ok(memberBoard));
    await until(() => stateOf(page) === 'ready');
  });

  it('a member: the window’s end said plainly, their own row first, the branch in pinyin order — for one call', async () => {
    const backend = fakeBackend({ 'publications.publicationBoard': ok(memberBoard) });
    provideServices(backend.services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    const text = textOf(page);
    expect(text).toContain('2026年11月积分公示');
    expect(text).toContain('公示中');
    expect(text).toContain('公示至 12月8日');
    expect(text).toContain('12月8日前可以提出异议');
    const mine = pick(page, '.mine');
    expect(textOf(mine as Rendered)).toMatch(/张伟\s*我\s*本期\s*51\s*分/);
    expect(textOf(mine as Rendered)).toContain('加分 +15 扣分 −4');
    expect(textOf(mine as Rendered)).toContain('全年 51.83分 等次 不合格 1星');
    const names = pickAll(page, '.board', '.row__name').map((n) => n.dom?.textContent);
    expect(names).toEqual(novemberBoard.map((r) => r.name));
    expect(names.slice(0, 5)).toEqual(['陈明', '高秀兰', '郭小燕', '何长林', '胡志刚']);
    expect(text).toContain('不纳入积分管理');
    expect(text).not.toMatch(/第\d+名/);
    expect(text).toContain('分数无误，确认');
    expect(text).toContain('提出异议');
    expect(text).not.toContain('书记、记分员看这里');
    expect(backend.calls).toEqual([{ fn: 'publications', action: 'publicationBoard', data: { publicationId: PUBLICATION_ID } }]);
  });

  it('the monthly sign-off: one button, then “已确认”', async () => {
    const backend = fakeBackend({
      'publications.publicationBoard': ok(memberBoard),
      'publications.confirmPeriod': ok({ publicationId: PUBLICATION_ID, confirmedAt: '2026-12-05T02:00:00.000Z' }),
    });
    provideServices(backend.services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.confirm-button');
    await until(() => textOf(page).includes('已确认（12月5日）'));
    expect(backend.callsOf('publications.confirmPeriod')).toEqual([
      { fn: 'publications', action: 'confirmPeriod', data: { publicationId: PUBLICATION_ID } },
    ]);
    expect(textOf(page)).not.toContain('分数无误，确认');
    expect(wxState.toasts).toEqual(['已确认本期积分']);
  });

  it('a sign-off made earlier shows as “已确认” without a button', async () => {
    provideServices(
      fakeBackend({
        'publications.publicationBoard': ok({ ...memberBoard, me: { ...memberBoard.me!, confirmedAt: '2026-12-04T01:00:00.000Z' } }),
      }).services,
    );
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('已确认（12月4日）');
    expect(() => pick(page, '.confirm-button')).toThrow();
  });

  it('files an appeal with a written reason and a photo uploaded under the member’s folder', async () => {
    const backend = fakeBackend({
      'publications.publicationBoard': ok(memberBoard),
      'publications.fileAppeal': (data: unknown) =>
        ok({ ...openAppeal, photos: [{ fileId: (data as { photos: string[] }).photos[0], url: 'https://x/1.jpg' }] }),
    });
    provideServices(backend.services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.appeal-start');
    // While an appeal is being written, the sign-off button is out of the way.
    expect(() => pick(page, '.confirm-button')).toThrow();
    await typeReason(page, openAppeal.reason);
    wxState.pickedMedia.push(['http://tmp/sign-in-sheet.jpg']);
    await tap(page, '#add-photo');
    await until(() => pickAll(page, '.photo__image').length === 1);
    await tapButton(page, '.appeal-submit');
    await until(() => textOf(page).includes('我提的异议'));

    expect(backend.uploads).toHaveLength(1);
    const [upload] = backend.uploads;
    expect(upload.cloudPath).toMatch(/^reports\/demo-v03\/appeal-[A-Za-z0-9]{24}-1\.jpg$/);
    expect(upload.filePath).toBe('wxfile://store_sign-in-sheet.jpg');
    const [filed] = backend.callsOf('publications.fileAppeal');
    const key = upload.cloudPath.slice('reports/demo-v03/appeal-'.length, -'-1.jpg'.length);
    expect(filed.data).toEqual({
      publicationId: PUBLICATION_ID,
      reason: openAppeal.reason,
      photos: [`cloud://test-env.test-bucket/${upload.cloudPath}`],
      idempotencyKey: key,
    });
    const text = textOf(page);
    expect(text).toContain('等待支部答复');
    expect(text).toContain('支部应在12月11日前答复');
    expect(text).toContain('签到表上有我的名字');
    expect(text).toContain('您提的异议还在等支部答复，可以等答复以后再确认');
    expect(wxState.storage.has(draftKey)).toBe(false);
    expect(wxState.savedFiles.size).toBe(0);
    expect(wxState.toasts).toEqual(['异议已提交']);
  });

  it('a dropped connection loses nothing: the appeal waits on the phone and goes with the same key', async () => {
    const backend = fakeBackend({ 'publications.publicationBoard': ok(memberBoard), 'publications.fileAppeal': ok(openAppeal) });
    provideServices(backend.services);
    const first = open(id);
    await until(() => stateOf(first) === 'ready');
    await tapButton(first, '.appeal-start');
    await typeReason(first, '签到表上有我，却记了缺席。');
    wxState.pickedMedia.push(['http://tmp/a.jpg']);
    await tap(first, '#add-photo');
    backend.failNextUpload('offline');
    await tapButton(first, '.appeal-submit');
    await until(() => textOf(first).includes('异议已保存在手机上'));
    expect(textOf(first)).toContain('手机没有连上网络');
    expect(textOf(first)).toContain('有网络时会自动提交');
    const kept = wxState.storage.get(draftKey) as { key: string; reason: string; photos: unknown[] };
    expect(kept).toMatchObject({ reason: '签到表上有我，却记了缺席。', photos: [{ fileId: null }] });

    // The app is closed and opened again later, online: the appeal is there as it was left.
    // j-component has detach() (lifetimes `detached` run, as when WeChat closes the page); its typings omit it.
    (first as unknown as { detach(): void }).detach();
    setOnline(true);
    const again = open(id);
    await until(() => stateOf(again) === 'ready');
    expect(textOf(again)).toContain('上次写的异议还没有提交，已为您保留');
    expect((again.data as { form: { reason: string } }).form.reason).toBe('签到表上有我，却记了缺席。');
    await tapButton(again, '.appeal-submit');
    await until(() => textOf(again).includes('我提的异议'));
    expect(backend.callsOf('publications.fileAppeal')).toHaveLength(1);
    expect(backend.callsOf('publications.fileAppeal')[0].data).toMatchObject({ idempotencyKey: kept.key });
  });

  it('when the network comes back the appeal goes by itself', async () => {
    const backend = fakeBackend({ 'publications.publicationBoard': ok(memberBoard), 'publications.fileAppeal': ok(openAppeal) });
    provideServices(backend.services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.appeal-start');
    await typeReason(page, '签到表上有我，却记了缺席。');
    wxState.pickedMedia.push(['http://tmp/a.jpg']);
    await tap(page, '#add-photo');
    backend.failNextUpload('offline');
    await tapButton(page, '.appeal-submit');
    await until(() => textOf(page).includes('有网络时会自动提交'));
    expect(backend.callsOf('publications.fileAppeal')).toHaveLength(0);
    setOnline(true);
    await until(() => textOf(page).includes('我提的异议'));
    expect(backend.uploads).toHaveLength(1);
    expect(backend.callsOf('publications.fileAppeal')).toHaveLength(1);
  });

  it('an appeal without a reason is not sent; the message says what to write', async () => {
    const backend = fakeBackend({ 'publications.publicationBoard': ok(memberBoard) });
    provideServices(backend.services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.appeal-start');
    await tapButton(page, '.appeal-submit');
    expect(textOf(page)).toContain('请写明异议的理由');
    expect(backend.calls).toHaveLength(1);
  });

  it('my appeals and their answers: accepted with the correction, rejected with the reason', async () => {
    const board = { ...memberBoard, me: { ...memberBoard.me!, appeals: [acceptedAppeal, rejectedAppeal] } };
    provideServices(fakeBackend({ 'publications.publicationBoard': ok(board) }).services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    const cards = pickAll(page, '.my-appeal').map((c) => textOf(c));
    expect(cards[0]).toContain('已采纳');
    expect(cards[0]).toContain('支部的答复（已更正积分）');
    expect(cards[0]).toContain('已撤销缺席扣分');
    expect(cards[1]).toContain('未采纳');
    expect(cards[1]).toContain('没有采纳的理由');
    expect(cards[1]).toContain('请在本月申报');
    await tap(page, '.my-appeal .thumb');
    expect(wxState.previews).toEqual([{ current: acceptedAppeal.photos[0].url, urls: [acceptedAppeal.photos[0].url] }]);
  });

  it('after the appeal days, and once final, says why there is no appeal button', async () => {
    const closed = { ...memberBoard, me: { ...memberBoard.me!, canAppeal: false } };
    provideServices(fakeBackend({ 'publications.publicationBoard': ok({ ...closed, publication: octoberPublication }) }).services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('已定稿');
    expect(textOf(page)).toContain('分数不再改动');
    expect(textOf(page)).toContain('本期已定稿，不能再提异议');
    expect(() => pick(page, '.appeal-start')).toThrow();
  });

  it('the secretary sees the appeals waiting and who has not signed off, and goes to answer them', async () => {
    provideServices(fakeBackend({ 'publications.publicationBoard': ok(secretaryBoard) }, 'demo-v01').services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    const text = textOf(page);
    expect(text).toContain('待答复的异议 2 条，其中 1 条已超过答复期限');
    expect(text).toContain('还没确认的党员（5 人）：陈明、郭小燕、刘芳、徐丽华、张伟');
    expect(text).toContain('已确认（12月3日）');
    await tapButton(page, '.answer-appeals');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/publications/appeals/appeals' }]);
  });

  it('shows the place only when the branch shows rankings', async () => {
    const ranked = memberBoard.board.map((r, i) => ({ ...r, rank: r.exempt ? null : i + 1 }));
    provideServices(fakeBackend({ 'publications.publicationBoard': ok({ ...memberBoard, board: ranked }) }).services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toMatch(/第15名/);
  });

  it('after the window with an appeal unanswered: “等待答复异议”', async () => {
    setNow(new Date('2026-12-09T10:00:00+08:00'));
    provideServices(fakeBackend({ 'publications.publicationBoard': ok({ ...memberBoard, publication: novemberPublication }) }).services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('等待答复异议');
    expect(textOf(page)).toContain('公示至 12月8日（已结束）');
  });

  it('error: a publication that is not there says so, with what to do', async () => {
    const backend = fakeBackend({ 'publications.publicationBoard': refused('NOT_FOUND', 'PUBLICATION_NOT_FOUND', '找不到这期公示') });
    provideServices(backend.services);
    const page = open(id);
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('找不到这期公示');
    expect(textOf(page)).toContain('请返回首页后再试');
    backend.answer('publications.publicationBoard', ok(memberBoard));
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'ready');
  });

  it('offline: says so, and loads by itself when the phone is back online', async () => {
    const backend = fakeBackend({ 'publications.publicationBoard': offline() });
    provideServices(backend.services);
    const page = open(id);
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('没有连上网络');
    backend.answer('publications.publicationBoard', ok(memberBoard));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('care mode: the page and the board’s rows grow together', async () => {
    wxState.storage.set('careMode', 'on');
    provideServices(fakeBackend({ 'publications.publicationBoard': ok(memberBoard) }).services);
    const page = open(id);
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom!.className).toContain('page--care');
    expect(pick(page, '.page').dom!.getAttribute('style')).toContain('--scale:1.3;');
  });
});
