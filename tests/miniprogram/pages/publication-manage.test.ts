import { provideServices } from '../../../miniprogram/services/services';
import { setNow } from '../../../miniprogram/common/clock';
import { resetPublishNotices } from '../../../miniprogram/publications/common/publish-notice';
import { fakeBackend, hold, offline, ok, refused } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, simulate, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import { BRANCH_ID, novemberDraft, novemberPublication, PUBLICATION_ID, PUBLISH_DAY } from '../fixtures/publications';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const keepProfile = (profile: unknown, identity = 'demo-v01') => wxState.storage.set(`profile:${identity}`, profile);
const recorderProfile = {
  ...secretaryProfile,
  roles: [{ ...secretaryProfile.roles[0], role: 'recorder' as const, title: '记分员' }],
  members: [],
};
const published = ok({ publication: novemberPublication, board: novemberDraft.board, publishedNow: true });

describe('公示管理 (publications/manage)', () => {
  let id: string;
  beforeAll(() => {
    id = load('publications/manage/manage');
  });
  beforeEach(() => {
    resetWx();
    resetPublishNotices();
    setNow(PUBLISH_DAY);
    keepProfile(secretaryProfile);
    // The notices' template ids were learnt today (the test of learning them clears this).
    wxState.storage.set('noticeTemplates:learnedAt', PUBLISH_DAY.getTime());
  });
  afterEach(() => {
    provideServices(undefined);
    setNow(null);
  });

  const opened = async (replies: Record<string, unknown>, identity = 'demo-v01') => {
    const backend = fakeBackend({ 'publications.draftPublication': ok(novemberDraft), ...replies }, identity);
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) !== 'loading');
    return { backend, page };
  };

  it('shows “正在加载” while the draft is computed', async () => {
    const pending = hold();
    provideServices(fakeBackend({ 'publications.draftPublication': pending }, 'demo-v01').services);
    const page = render(id);
    await until(() => textOf(page).includes('正在加载'));
    pending.release(ok(novemberDraft));
    await until(() => stateOf(page) === 'ready');
  });

  it('opens on the period due now, ready to publish, with the window said and the board to check — for one call', async () => {
    const { backend, page } = await opened({});
    const text = textOf(page);
    expect(text).toContain('2026年11月');
    expect(text).toContain('可以发布');
    expect(text).toContain('发布后公示 5 天，到12月8日');
    expect(text).toContain('将要公示的积分（16 人，按姓氏拼音排序）');
    expect(pickAll(page, '.board', '.row')).toHaveLength(18);
    expect(text).toContain('默认不显示');
    expect(text).toContain('不允许强制搞积分排名');
    expect((page.data as { showRanking: boolean }).showRanking).toBe(false);
    expect(backend.calls).toEqual([{ fn: 'publications', action: 'draftPublication', data: { branchId: BRANCH_ID } }]);
  });

  it('learns the notices’ template ids once, in the background after the first screen', async () => {
    wxState.storage.delete('noticeTemplates:learnedAt');
    const subscriptions = ok({
      templates: [
        { key: 'appealFiled', title: '异议待答复提醒', templateId: 'tmpl-appeal-filed', credits: 0, forMe: true },
        { key: 'appealOverdue', title: '异议逾期提醒', templateId: 'tmpl-appeal-overdue', credits: 1, forMe: true },
        { key: 'reportReviewed', title: '申报审核结果通知', templateId: 'tmpl-reviewed', credits: 0, forMe: false },
      ],
    });
    const { backend } = await opened({ 'notices.mySubscriptions': subscriptions });
    await until(() => backend.calls.length === 2);
    expect(backend.calls.map((c) => c.action)).toEqual(['draftPublication', 'mySubscriptions']);
    await until(() => wxState.storage.has('noticeTemplates:learnedAt'));
    expect(wxState.storage.get('noticeTemplate:appealFiled')).toBe('tmpl-appeal-filed');
    expect(wxState.storage.get('noticeTemplate:appealOverdue')).toBe('tmpl-appeal-overdue');
    const again = await opened({ 'notices.mySubscriptions': subscriptions });
    await simulate.sleep(20);
    expect(again.backend.calls.map((c) => c.action)).toEqual(['draftPublication']);
  });

  it('publishes after a confirm that states the window; the subscription is asked at that tap only, and recorded', async () => {
    wxState.storage.set('noticeTemplate:appealFiled', 'tmpl-appeal-filed');
    const { backend, page } = await opened({
      'publications.publishPeriod': published,
      'notices.recordConsent': ok({ templates: [] }),
    });
    expect(wxState.subscribeRequests).toEqual([]);
    await tapButton(page, '.publish');
    await until(() => textOf(page).includes('已发布'));
    expect(wxState.subscribeRequests).toEqual([['tmpl-appeal-filed']]);
    await until(() => backend.callsOf('notices.recordConsent').length === 1);
    expect(backend.callsOf('notices.recordConsent')[0].data).toEqual({ answers: { 'tmpl-appeal-filed': 'accept' } });
    await until(() => !wxState.storage.has('noticeAnswers'));
    expect(wxState.modals).toEqual([
      {
        title: '发布2026年11月的公示？',
        content:
          '2026年11月的积分将向全支部公示，公示 5 天，到12月8日。公示期内党员可以查看并提出异议；发布后本期不能再录入积分，更正只能通过答复异议。',
      },
    ]);
    expect(backend.callsOf('publications.publishPeriod')).toEqual([
      { fn: 'publications', action: 'publishPeriod', data: { branchId: BRANCH_ID, period: '2026-11' } },
    ]);
    expect(textOf(page)).toContain('12月3日发布，公示至 12月8日');
    expect(wxState.toasts).toEqual(['公示已发布']);
    await tapButton(page, '.open-board');
    expect(wxState.navigations).toEqual([
      { kind: 'navigateTo', url: `/publications/board/board?publication=${encodeURIComponent(PUBLICATION_ID)}` },
    ]);
  });

  it('“再看看” in the confirm publishes nothing; without a notice template nothing is asked', async () => {
    wxState.modalConfirms = false;
    const { backend, page } = await opened({ 'publications.publishPeriod': published });
    await tapButton(page, '.publish');
    await simulate.sleep(10);
    expect(wxState.modals).toHaveLength(1);
    expect(wxState.subscribeRequests).toEqual([]);
    expect(backend.callsOf('publications.publishPeriod')).toEqual([]);
  });

  it('a refusal is said where the button is', async () => {
    const { page } = await opened({
      'publications.publishPeriod': refused('CONFLICT', 'REPORTS_PENDING', '2026年11月还有 1 条申报待审核，请审核后再公示'),
    });
    await tapButton(page, '.publish');
    await until(() => textOf(page).includes('请审核后再公示'));
    expect(textOf(page)).toContain('可以发布');
  });

  it('reports still waiting, or the period not over: why it cannot be published yet, and no button', async () => {
    const { page } = await opened({});
    (page.instance as unknown as { showDraft(d: unknown): void }).showDraft({ ...novemberDraft, pendingReports: 2 });
    await simulate.sleep(0);
    expect(textOf(page)).toContain('还有 2 条申报没有审核');
    expect(() => pick(page, '.publish')).toThrow();
    (page.instance as unknown as { showDraft(d: unknown): void }).showDraft({ ...novemberDraft, periodOver: false });
    await simulate.sleep(0);
    expect(textOf(page)).toContain('本期还没有结束');
    expect(textOf(page)).toContain('到11月30日才结束');
  });

  it('another period of the year is one pick away', async () => {
    const { backend, page } = await opened({});
    pick(page, '.period-picker').dispatchEvent('change', { detail: { value: 2 } });
    await until(() => backend.calls.length === 2);
    expect(backend.calls[1].data).toEqual({ branchId: BRANCH_ID, period: '2026-10' });
  });

  it('the secretary turns rankings on for later publications', async () => {
    const { backend, page } = await opened({
      'publications.setBoardSettings': ok({ branchId: BRANCH_ID, year: 2026, showRanking: true }),
    });
    await tap(page, '#ranking-switch', '.t-switch');
    await until(() => backend.callsOf('publications.setBoardSettings').length === 1);
    expect(backend.callsOf('publications.setBoardSettings')[0].data).toEqual({ branchId: BRANCH_ID, year: 2026, showRanking: true });
    await until(() => wxState.toasts.length === 1);
    expect(wxState.toasts).toEqual(['以后的公示显示排名']);
    expect((page.data as { showRanking: boolean }).showRanking).toBe(true);
  });

  it('a recorder sees the draft, but publishing and the setting are the secretary’s', async () => {
    keepProfile(recorderProfile, 'demo-v02');
    const { page } = await opened({}, 'demo-v02');
    expect(textOf(page)).toContain('发布公示由支部书记操作');
    expect(textOf(page)).toContain('这项设置由支部书记决定');
    expect(() => pick(page, '.publish')).toThrow();
  });

  it('a member is told whose page this is', async () => {
    keepProfile(memberProfile, 'demo-v03');
    const { backend, page } = await opened({}, 'demo-v03');
    expect(stateOf(page)).toBe('empty');
    expect(textOf(page)).toContain('公示管理由支部书记、记分员使用');
    expect(backend.calls).toEqual([]);
  });

  it('error and offline, each with what to do', async () => {
    const { backend, page } = await opened({
      'publications.draftPublication': refused('NOT_FOUND', 'NO_SCHEME_FOR_YEAR', '2026 年度还没有设置积分方案，请联系上级党委'),
    });
    expect(stateOf(page)).toBe('error');
    expect(textOf(page)).toContain('请联系上级党委');
    backend.answer('publications.draftPublication', offline());
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'offline');
    backend.answer('publications.draftPublication', ok(novemberDraft));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('care mode', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = await opened({});
    expect(pick(page, '.page').dom!.getAttribute('style')).toContain('--scale:1.3;');
  });
});
