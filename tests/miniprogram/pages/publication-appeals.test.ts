import { provideServices } from '../../../miniprogram/services/services';
import { setNow } from '../../../miniprogram/common/clock';
import { fakeBackend, hold, offline, ok, refused } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, simulate, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import { appealQueueReply, BRANCH_ID, DURING_WINDOW, openAppeal, ZHANG_WEI, zhangWeiLedger } from '../fixtures/publications';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const keepProfile = (profile: unknown, identity = 'demo-v01') => wxState.storage.set(`profile:${identity}`, profile);
const [xuAppeal, zhangAppeal] = appealQueueReply.appeals;
const answered = (status: 'accepted' | 'rejected') => (data: unknown) =>
  ok({
    ...(appealQueueReply.appeals.find((a) => a.appealId === (data as { appealId: string }).appealId) ?? openAppeal),
    status,
    answer: (data as { answer: string }).answer,
    answeredAt: '2026-12-05T03:00:00.000Z',
  });

async function write(page: Rendered, value: string) {
  pick(page, '.answer-input').dispatchEvent('input', { detail: { value, cursor: value.length } });
  await simulate.sleep(0);
}

describe('答复异议 (publications/appeals)', () => {
  let id: string;
  beforeAll(() => {
    id = load('publications/appeals/appeals');
  });
  beforeEach(() => {
    resetWx();
    setNow(DURING_WINDOW);
    keepProfile(secretaryProfile);
  });
  afterEach(() => {
    provideServices(undefined);
    setNow(null);
  });

  const opened = async (replies: Record<string, unknown> = {}) => {
    const backend = fakeBackend({ 'publications.appealQueue': ok(appealQueueReply), ...replies }, 'demo-v01');
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) !== 'loading');
    return { backend, page };
  };
  /** Taps 采纳 or 不予采纳 on the card at `index` (0: the most urgent). */
  const decide = async (page: Rendered, which: 'accept' | 'reject', index: number) => {
    (pickAll(page, `.${which}`)[index].querySelector('.t-button') as Rendered).dispatchEvent('tap');
    await simulate.sleep(0);
  };

  it('shows “正在加载” while the queue is on its way', async () => {
    const pending = hold();
    provideServices(fakeBackend({ 'publications.appealQueue': pending }, 'demo-v01').services);
    const page = render(id);
    await until(() => textOf(page).includes('正在加载'));
    pending.release(ok(appealQueueReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('the most urgent first, the overdue flagged — for one call', async () => {
    const { backend, page } = await opened();
    const cards = pickAll(page, '.appeal').map((c) => textOf(c));
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatch(/^徐丽华\s*已超期/);
    expect(cards[0]).toContain('2026年10月公示');
    expect(cards[0]).toContain('答复期限是11月13日，已经过了');
    expect(cards[1]).toMatch(/^张伟\s*待答复/);
    expect(textOf(page)).toContain('1 条已经超过答复期限，上级党委会看到');
    expect(backend.calls).toEqual([{ fn: 'publications', action: 'appealQueue', data: { branchId: BRANCH_ID } }]);
    await tap(page, '.thumb');
    expect(wxState.previews).toEqual([{ current: zhangAppeal.photos[0].url, urls: [zhangAppeal.photos[0].url] }]);
  });

  it('rejects with the reason the member will read', async () => {
    const { backend, page } = await opened({ 'publications.answerAppeal': answered('rejected') });
    await decide(page, 'reject', 0);
    expect(textOf(page)).toContain('不予采纳的理由（党员会看到）');
    await tapButton(page, '.submit-answer');
    expect(textOf(page)).toContain('请写明不予采纳的理由');
    expect(backend.callsOf('publications.answerAppeal')).toEqual([]);
    await write(page, '经核对党费收缴记录，10月党费是11月3日补交的。');
    await tapButton(page, '.submit-answer');
    await until(() => pickAll(page, '.appeal').length === 1);
    expect(backend.callsOf('publications.answerAppeal')[0].data).toEqual({
      appealId: xuAppeal.appealId,
      decision: 'reject',
      answer: '经核对党费收缴记录，10月党费是11月3日补交的。',
    });
    expect(wxState.toasts).toEqual(['已答复：不予采纳']);
  });

  it('accepts with a correction: a line of the member’s period cancelled', async () => {
    const { backend, page } = await opened({ 'home.memberLedger': ok(zhangWeiLedger), 'publications.answerAppeal': answered('accepted') });
    await decide(page, 'accept', 1);
    await write(page, '经核对签到表，您当天参加了，已撤销缺席扣分。');
    await tap(page, '#correction-cancel');
    await until(() => textOf(page).includes('选出要撤销的记录'));
    expect(backend.callsOf('home.memberLedger')[0].data).toEqual({ memberId: ZHANG_WEI, year: 2026, offset: 0, limit: 100 });
    const lines = pickAll(page, '.choice--line').map((c) => textOf(c));
    expect(lines).toEqual(['○11月12日 学习缺席 −5分', '○11月5日 治安巡逻岗 +15分']);
    await tapButton(page, '.submit-answer');
    expect(textOf(page)).toContain('请选出要撤销的那条记录');
    await tap(page, '#line-e-absent-1112');
    await tapButton(page, '.submit-answer');
    await until(() => pickAll(page, '.appeal').length === 1);
    expect(backend.callsOf('publications.answerAppeal')[0].data).toEqual({
      appealId: zhangAppeal.appealId,
      decision: 'accept',
      answer: '经核对签到表，您当天参加了，已撤销缺席扣分。',
      correction: { kind: 'cancel', entryId: 'e-absent-1112' },
    });
    expect(wxState.toasts).toEqual(['已采纳并答复']);
  });

  it('accepts with a correction: a line added in the period', async () => {
    const { backend, page } = await opened({ 'home.memberLedger': ok(zhangWeiLedger), 'publications.answerAppeal': answered('accepted') });
    await decide(page, 'accept', 1);
    await write(page, '补记11月20日的治安巡逻。');
    await tap(page, '#correction-entry');
    await until(() => textOf(page).includes('补记的项目'));
    pick(page, '.item-picker').dispatchEvent('change', { detail: { value: 1 } });
    pick(page, '.date-picker').dispatchEvent('change', { detail: { value: '2026-11-20' } });
    pick(page, '.points-input').dispatchEvent('input', { detail: { value: '15' } });
    await simulate.sleep(0);
    await tapButton(page, '.submit-answer');
    await until(() => backend.callsOf('publications.answerAppeal').length === 1);
    expect(backend.callsOf('publications.answerAppeal')[0].data).toEqual({
      appealId: zhangAppeal.appealId,
      decision: 'accept',
      answer: '补记11月20日的治安巡逻。',
      correction: { kind: 'entry', itemCode: 'posts.securityPatrol', date: '2026-11-20', points: 15 },
    });
  });

  it('accepts without touching the points, and says what the function refused', async () => {
    const { backend, page } = await opened({
      'publications.answerAppeal': refused('FORBIDDEN', 'SELF_ANSWER', '本人的异议由支部其他委员或上级党委答复'),
    });
    await decide(page, 'accept', 1);
    await write(page, '情况属实，已在支委会上说明。');
    await tapButton(page, '.submit-answer');
    await until(() => textOf(page).includes('本人的异议由支部其他委员或上级党委答复'));
    expect(backend.callsOf('publications.answerAppeal')[0].data).toEqual({
      appealId: zhangAppeal.appealId,
      decision: 'accept',
      answer: '情况属实，已在支委会上说明。',
    });
    expect(backend.callsOf('home.memberLedger')).toEqual([]);
    expect(pickAll(page, '.appeal')).toHaveLength(2);
  });

  it('empty: nothing waits', async () => {
    const { page } = await opened({ 'publications.appealQueue': ok({ appeals: [] }) });
    expect(stateOf(page)).toBe('empty');
    expect(textOf(page)).toContain('没有待答复的异议');
  });

  it('a member is told whose page this is, with no call', async () => {
    keepProfile(memberProfile, 'demo-v03');
    const backend = fakeBackend({}, 'demo-v03');
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('答复异议由支部书记负责');
    expect(backend.calls).toEqual([]);
  });

  it('offline: says so, and loads by itself when back online', async () => {
    const { backend, page } = await opened({ 'publications.appealQueue': offline() });
    expect(stateOf(page)).toBe('offline');
    backend.answer('publications.appealQueue', ok(appealQueueReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('care mode', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = await opened();
    expect(pick(page, '.page').dom!.getAttribute('style')).toContain('--scale:1.3;');
  });
});
