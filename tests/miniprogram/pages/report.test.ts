import { provideServices } from '../../../miniprogram/services/services';
import { startNoticeSession } from '../../../miniprogram/services/review-notice';
import type { ReportDraft } from '../../../miniprogram/services/report-drafts';
import { fakeBackend, hold, offline, ok, refused, type FakeBackend } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, simulate, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile } from '../fixtures/demo';
import { myReports, reportFormReply } from '../fixtures/reports-demo';

const IDENTITY = 'demo-v03';
const MEMBER_ID = memberProfile.members[0].memberId;
const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const dataOf = (page: Rendered) => page.data as Record<string, unknown> & { photos: { status: string; percent: number }[] };
const drafts = () => (wxState.storage.get(`reportDrafts:${IDENTITY}`) ?? []) as ReportDraft[];
const pending = myReports.reports.find((r) => r.status === 'pending')!;
/** The form of a deployment that sends 审核结果 notices, the member having `credits` of them unused. */
const withNotice = (credits: number) => ({ ...reportFormReply, reviewNotice: { templateId: 'tmpl-report-reviewed', credits } });

/** The reply submitReport gives: the demo's pending report, with what was sent. */
const submitted = (data: unknown) => {
  const { itemCode, date, description } = data as { itemCode: string; date: string; description: string };
  return ok({ ...pending, itemCode, date, description, photos: [] });
};

function open(replies: Parameters<typeof fakeBackend>[0] = {}): { page: Rendered; backend: FakeBackend } {
  wxState.storage.set(`profile:${IDENTITY}`, memberProfile);
  const backend = fakeBackend({ 'reports.reportForm': ok(reportFormReply), 'reports.submitReport': submitted, ...replies }, IDENTITY);
  provideServices(backend.services);
  return { page: render(id), backend };
}

async function describeWork(page: Rendered, text: string): Promise<void> {
  pick(page, '#description').dispatchEvent('input', { detail: { value: text } });
  await simulate.sleep(0);
}

async function fillHonor(page: Rendered): Promise<void> {
  await until(() => stateOf(page) === 'ready');
  await tap(page, '#item-bonus-honor');
  await tap(page, '#level-county');
  await describeWork(page, '获县级“优秀志愿者”表彰');
}

let id: string;

describe('申报 (member/report)', () => {
  beforeAll(() => {
    id = load('member/report/report');
  });
  beforeEach(() => {
    resetWx();
    startNoticeSession();
  });
  afterEach(() => provideServices(undefined));

  it('shows “正在加载” while the form is on its way', async () => {
    const form = hold();
    const { page } = open({ 'reports.reportForm': form });
    await until(() => textOf(page).includes('正在加载'));
    form.release(ok(reportFormReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('first screen, one call: the items of the member’s scheme by category, with their points and what proof they ask', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'reports', action: 'reportForm', data: { memberId: MEMBER_ID } }]);
    expect(pickAll(page, '.section-title').map((t) => t.dom?.textContent)).toEqual(['志愿服务岗位贡献积分', '加分项']);
    const honor = textOf(pick(page, '#item-bonus-honor'));
    expect(honor).toContain('工作、生产、学习中作出突出贡献受表彰');
    expect(honor).toContain('按级别 1–4 分');
    expect(honor).toContain('要照片');
    expect(textOf(pick(page, '#item-bonus-economy'))).toContain('每次 2 分');
    expect(textOf(pick(page, '#item-bonus-other'))).toContain('0.5–2 分，由审核人定');
    expect(textOf(pick(page, '#item-posts-deed'))).toContain('照片可不传');
  });

  it('submits a report with two photos: progress per photo, one upload retried, the idempotency key, then “已提交”', async () => {
    const { page, backend } = open({ 'reports.reportForm': ok(withNotice(0)), 'notices.recordConsent': ok({ templates: [] }) });
    await fillHonor(page);
    expect(textOf(page)).toContain('县级表彰2 分');
    expect(textOf(page)).toContain('11月27日（今天）');
    expect(textOf(page)).toContain('需要拍照片：表彰证书或文件');

    const first = backend.holdNextUpload();
    wxState.pickedMedia.push(['wxfile://tmp/certificate.jpg', 'wxfile://tmp/ceremony.jpg']);
    await tap(page, '#add-photo');
    await first.started;
    first.progress(40);
    await until(() => textOf(page).includes('正在上传 40%'));
    expect(dataOf(page).photos.map((p) => p.status)).toEqual(['uploading', 'uploading']);
    backend.failNextUpload('offline');
    first.finish();
    await until(() => dataOf(page).photos[1].status === 'failed');
    expect(dataOf(page).photos[0]).toMatchObject({ status: 'done', percent: 100 });
    expect(textOf(page)).toContain('没传上去');
    expect(textOf(page)).toContain('有照片没传上去（没有网络）。有网络后点“重试”');

    setOnline(true);
    await tap(page, '.photo__retry');
    await until(() => dataOf(page).photos[1].status === 'done');
    expect(textOf(page)).toContain('✓ 已上传');
    expect(backend.uploads.map((u) => u.cloudPath)).toEqual([
      expect.stringMatching(/^reports\/demo-v03\/[A-Za-z0-9]{24}-1\.jpg$/),
      expect.stringMatching(/^reports\/demo-v03\/[A-Za-z0-9]{24}-2\.jpg$/),
    ]);
    expect(backend.uploads.map((u) => u.filePath)).toEqual(['wxfile://store_certificate.jpg', 'wxfile://store_ceremony.jpg']);

    await tapButton(page, '.submit');
    await until(() => stateOf(page) === 'sent');
    const [call] = backend.callsOf('reports.submitReport');
    expect(call.data).toEqual({
      memberId: MEMBER_ID,
      itemCode: 'bonus.honor',
      level: 'county',
      date: '2026-11-27',
      description: '获县级“优秀志愿者”表彰',
      photos: backend.uploads.map((u) => `cloud://test-env.test-bucket/${u.cloudPath}`),
      idempotencyKey: expect.stringMatching(/^[A-Za-z0-9]{24}$/),
    });
    expect(backend.uploads[0].cloudPath).toContain((call.data as { idempotencyKey: string }).idempotencyKey);
    expect(textOf(page)).toContain('申报已提交');
    expect(textOf(page)).toContain('正在等待记分员或书记审核');
    // Asked for the 审核结果 notice at that tap, once, and what the member answered is recorded; the sent draft
    // and its photo files are gone from the phone.
    expect(wxState.subscribeRequests).toEqual([['tmpl-report-reviewed']]);
    await until(() => backend.callsOf('notices.recordConsent').length === 1);
    expect(backend.callsOf('notices.recordConsent')[0].data).toEqual({ answers: { 'tmpl-report-reviewed': 'accept' } });
    expect(drafts()).toEqual([]);
    expect(wxState.savedFiles.size).toBe(0);
  });

  it('compresses a large photo again before keeping and uploading it', async () => {
    const { page, backend } = open();
    await fillHonor(page);
    wxState.fileSizes.set('wxfile://tmp/big.jpg', 4_500_000);
    wxState.pickedMedia.push(['wxfile://tmp/big.jpg']);
    await tap(page, '#add-photo');
    await until(() => backend.uploads.length === 1);
    expect(wxState.compressed).toEqual(['wxfile://tmp/big.jpg']);
    expect(backend.uploads[0].filePath).toBe('wxfile://store_big.jpg.small.jpg');
  });

  it('says what is missing before any call: the level, the description, the photo the item asks for', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tap(page, '#item-bonus-honor');
    await tapButton(page, '.submit');
    expect(textOf(pick(page, '.problem'))).toBe('请选择级别（点一下对应的一行）。');
    await tap(page, '#level-county');
    await tapButton(page, '.submit');
    expect(textOf(pick(page, '.problem'))).toContain('请写几句说明');
    await describeWork(page, '获县级表彰');
    await tapButton(page, '.submit');
    expect(textOf(pick(page, '.problem'))).toBe('这一项需要照片：表彰证书或文件。请点“添加照片”。');
    expect(backend.callsOf('reports.submitReport')).toEqual([]);
  });

  it('removes a photo, and a photo the storage refuses must be removed before submitting', async () => {
    const { page, backend } = open();
    await fillHonor(page);
    backend.failNextUpload('refused');
    wxState.pickedMedia.push(['wxfile://tmp/odd.jpg']);
    await tap(page, '#add-photo');
    await until(() => dataOf(page).photos[0]?.status === 'failed');
    expect(textOf(page)).toContain('有照片服务器不接受（文件坏了或不是照片）。请点“删除”，换一张再传。');
    await tapButton(page, '.submit');
    expect(textOf(pick(page, '.problem'))).toContain('有照片服务器不接受');
    await tap(page, '.photo__remove');
    expect(dataOf(page).photos).toEqual([]);
    expect(drafts()[0].photos).toEqual([]);
  });

  it('without a network: the report stays on the phone with its key, says so, and is sent when the network is back', async () => {
    const { page, backend } = open({ 'reports.submitReport': offline() });
    await until(() => stateOf(page) === 'ready');
    await tap(page, '#item-bonus-economy');
    await describeWork(page, '带动村里 5 户人家外出务工');
    await tapButton(page, '.submit');
    await until(() => stateOf(page) === 'waiting');
    expect(textOf(page)).toContain('已保存在手机上，有网络时会自动提交');
    expect(pick(page, '.send-now')).toBeTruthy();
    const [waiting] = drafts();
    expect(waiting).toMatchObject({ status: 'waiting', itemCode: 'bonus.economy', description: '带动村里 5 户人家外出务工' });

    // “现在提交” while still offline: it stays, and the member is told.
    await tapButton(page, '.send-now');
    await until(() => wxState.toasts.includes('还是没有网络，有网络时会自动提交'));

    backend.answer('reports.submitReport', submitted);
    setOnline(true);
    await until(() => stateOf(page) === 'sent');
    const keys = backend.callsOf('reports.submitReport').map((c) => (c.data as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toEqual([waiting.key, waiting.key, waiting.key]);
    expect(drafts()).toEqual([]);
  });

  it('after the app was closed: an unfinished report is there again, and one left waiting is sent on opening', async () => {
    const base = { memberId: MEMBER_ID, photoFolder: 'reports/demo-v03/', level: null, quantity: null, post: null, problem: '' };
    const unfinished: ReportDraft = {
      ...base,
      key: 'unfinishedKey0000000001',
      itemCode: 'bonus.publicWelfare',
      itemName: '公益事业：为村级公益事业作出突出贡献',
      date: '2026-11-20',
      description: '修村道',
      photos: [],
      picked: 0,
      status: 'editing',
    };
    const waiting: ReportDraft = { ...unfinished, key: 'waitingKey000000000001', description: '帮五保户收稻谷', status: 'waiting' };
    wxState.storage.set(`reportDrafts:${IDENTITY}`, [unfinished, waiting]);
    const { page, backend } = open();
    await until(() => backend.callsOf('reports.submitReport').length === 1);
    await until(() => (page.data as { waitingCount: number }).waitingCount === 0);
    expect(backend.callsOf('reports.submitReport')[0].data).toMatchObject({ idempotencyKey: waiting.key, description: '帮五保户收稻谷' });
    expect(textOf(page)).toContain('这是上次没有提交的申报');
    expect(textOf(page)).toContain('公益事业：为村级公益事业作出突出贡献');
    expect(textOf(page)).toContain('11月20日');
    expect((page.data as { description: string }).description).toBe('修村道');
    expect(drafts().map((d) => d.key)).toEqual([unfinished.key]);

    // “不要了，重新填写” asks first, then forgets it.
    await tap(page, '#start-over');
    await until(() => drafts().length === 0);
    expect(wxState.modals).toEqual([{ title: '不要这条申报了？', content: '已经填写的内容和照片会从手机上删掉。' }]);
    expect((page.data as { step: string }).step).toBe('pick');
  });

  it('opens without a network on the form kept from last time; with none kept, says so and loads when back online', async () => {
    wxState.storage.set(`reportForm:${IDENTITY}`, reportFormReply);
    const { page } = open({ 'reports.reportForm': offline() });
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('现在没有网络。可以先填写');

    wxState.storage.delete(`reportForm:${IDENTITY}`);
    const again = open({ 'reports.reportForm': offline() });
    await until(() => stateOf(again.page) === 'offline');
    expect(textOf(again.page)).toContain('没有连上网络');
    again.backend.answer('reports.reportForm', ok(reportFormReply));
    setOnline(true);
    await until(() => stateOf(again.page) === 'ready');
  });

  it('a refusal puts the report back in the member’s hands with the reason', async () => {
    const { page } = open({
      'reports.submitReport': refused('PERIOD_CLOSED', 'PERIOD_PUBLISHED', '2026年11月已公示结束，不能再录入'),
    });
    await until(() => stateOf(page) === 'ready');
    await tap(page, '#item-bonus-economy');
    await describeWork(page, '带动务工');
    await tapButton(page, '.submit');
    await until(() => textOf(page).includes('已公示结束'));
    expect(stateOf(page)).toBe('ready');
    expect(textOf(pick(page, '.problem'))).toContain('如有疑问，请联系支部书记');
    expect(drafts()[0]).toMatchObject({ status: 'editing', problem: expect.stringContaining('已公示结束') });
  });

  it('asks for the 审核结果 notice at most once a session, never after a “no”, never while one is unused or none is configured', async () => {
    const submitOnce = async (form: unknown) => {
      const { page, backend } = open({ 'reports.reportForm': ok(form), 'notices.recordConsent': ok({ templates: [] }) });
      await until(() => stateOf(page) === 'ready');
      await tap(page, '#item-bonus-economy');
      await describeWork(page, '带动务工');
      await tapButton(page, '.submit');
      await until(() => stateOf(page) === 'sent');
      return backend;
    };
    await submitOnce(reportFormReply);
    await submitOnce(withNotice(1));
    expect(wxState.subscribeRequests).toEqual([]);
    wxState.subscribeAnswer = 'reject';
    const refusedOnce = await submitOnce(withNotice(0));
    await until(() => refusedOnce.callsOf('notices.recordConsent').length === 1);
    expect(refusedOnce.callsOf('notices.recordConsent')[0].data).toEqual({ answers: { 'tmpl-report-reviewed': 'reject' } });
    await submitOnce(withNotice(0));
    expect(wxState.subscribeRequests).toEqual([['tmpl-report-reviewed']]);
    startNoticeSession();
    await submitOnce(withNotice(0));
    expect(wxState.subscribeRequests).toHaveLength(1);
  });

  it('picks the date within the open days only, and moves between items', async () => {
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    await tap(page, '#item-posts-deed');
    expect(textOf(page)).toContain('可以选11月1日到今天之间的日子');
    pick(page, '#date').dispatchEvent('change', { detail: { value: '2026-10-31' } });
    await simulate.sleep(0);
    expect(textOf(pick(page, '.problem'))).toContain('10月31日不能申报');
    pick(page, '#date').dispatchEvent('change', { detail: { value: '2026-11-03' } });
    await simulate.sleep(0);
    expect(textOf(page)).toContain('11月3日');
    expect(textOf(page)).toContain('环境卫生维护志愿服务岗');
    await tapButton(page, '.change-item');
    expect((page.data as { step: string }).step).toBe('pick');
  });

  it('an exempt member is told there is nothing to report', async () => {
    const { page } = open({ 'reports.reportForm': ok({ ...reportFormReply, exempt: true }) });
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('不用申报');
  });

  it('care mode: the page scales up (--scale 1.3), photos two to a row', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom!.className).toContain('page--care');
    expect(pick(page, '.page').dom!.getAttribute('style')).toContain('--scale:1.3;');
  });
});
