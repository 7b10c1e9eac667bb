import { provideServices } from '../../../miniprogram/services/services';
import { setNow } from '../../../miniprogram/common/clock';
import { fakeBackend, hold, offline, ok, refused } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import { ZHANG_WEI } from '../fixtures/publications';
import { AFTER_DECISION, decidedYear, DURING_YEAR, goodYear, openYear, proposedYear } from '../fixtures/year';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const keepProfile = (profile: unknown, identity = 'demo-v03') => wxState.storage.set(`profile:${identity}`, profile);

describe('年度结果 (year/result)', () => {
  let id: string;
  beforeAll(() => {
    id = load('year/result/result');
  });
  beforeEach(() => {
    resetWx();
    keepProfile(memberProfile);
    setNow(AFTER_DECISION);
  });
  afterEach(() => {
    provideServices(undefined);
    setNow(null);
  });

  it('shows “正在加载” while the year is on its way', async () => {
    const pending = hold();
    provideServices(fakeBackend({ 'year.myYear': pending }).services);
    const page = render(id);
    await until(() => textOf(page).includes('正在加载'));
    pending.release(ok(decidedYear));
    await until(() => stateOf(page) === 'ready');
  });

  it('once decided: grade, stars, the year’s total, the review — and what follows, worded as help; for one call', async () => {
    setNow(new Date('2026-12-31T10:00:00+08:00'));
    const backend = fakeBackend({ 'year.myYear': ok(decidedYear) });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    const result = textOf(pick(page, '.result'));
    expect(result).toContain('2026年年度结果');
    expect(result).toMatch(/年度等次\s*不合格/);
    expect(result).toContain('1 星');
    expect(result).toMatch(/全年积分\s*51\.83\s*分/);
    expect(result).toContain('民主评议：合格');
    expect(result).toContain('1月8日党委审定');
    const notes = pickAll(page, '.care-note').map((n) => textOf(n));
    expect(notes[0]).toContain('支部会找您谈谈心（诫勉谈话）');
    expect(notes[0]).toContain('这是帮您，不是处分');
    expect(notes[0]).toContain('党支部对其进行诫勉谈话，限期整改');
    expect(notes[1]).toContain('连续第 2 年需要帮助');
    expect(notes[1]).toContain('支部会安排专人帮您');
    expect(backend.calls).toEqual([{ fn: 'year', action: 'myYear', data: { memberId: ZHANG_WEI, year: 2026 } }]);
  });

  it('in January the page opens on the year just decided', async () => {
    const backend = fakeBackend({ 'year.myYear': ok(decidedYear) });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls[0].data).toEqual({ memberId: ZHANG_WEI, year: 2026 });
    expect(textOf(page)).toContain('按2026年的结果');
  });

  it('earlier years are listed, and open with a tap', async () => {
    setNow(new Date('2026-12-31T10:00:00+08:00'));
    const backend = fakeBackend({
      'year.myYear': (data: unknown) => ok((data as { year: number }).year === 2024 ? goodYear : decidedYear),
    });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(pickAll(page, '.history__item').map((n) => textOf(n))).toEqual(['2025年不合格 58分2星›', '2024年合格 76.5分4星›']);
    await tap(page, '#year-2024');
    await until(() => textOf(page).includes('2024年年度结果'));
    expect(pickAll(page, '.care-note')).toHaveLength(0);
    expect(textOf(page)).toContain('看2026年的结果');
    expect(backend.calls.map((c) => (c.data as { year: number }).year)).toEqual([2026, 2024]);
  });

  it('before the decision: where the year stands, kindly, and the history', async () => {
    setNow(DURING_YEAR);
    const backend = fakeBackend({ 'year.myYear': ok(openYear) });
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('2026年的年度结果还没出来');
    expect(textOf(page)).toContain('平时的积分请在首页查看');
    expect(pickAll(page, '.history__item')).toHaveLength(2);
    backend.answer('year.myYear', ok(proposedYear));
    await (page.instance as unknown as { onPullDownRefresh(): Promise<void> }).onPullDownRefresh();
    expect(textOf(page)).toContain('正在等上级党委审定');
  });

  it('an officer gets the way to the branch’s table', async () => {
    keepProfile(secretaryProfile, 'demo-v01');
    provideServices(fakeBackend({ 'year.myYear': ok(decidedYear) }, 'demo-v01').services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.open-table');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/year/table/table?year=2026' }]);
  });

  it('leads to the exchange (积分兑换): the balance and the catalogue', async () => {
    provideServices(fakeBackend({ 'year.myYear': ok(decidedYear) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.open-exchange');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/exchange/market/market' }]);
  });

  it('error and offline, each with what to do', async () => {
    const backend = fakeBackend({ 'year.myYear': refused('FORBIDDEN', 'NOT_OWN_MEMBER', '只能查看本人的年度结果') });
    provideServices(backend.services);
    const page = render(id);
    backend.answer('org.myProfile', ok(memberProfile));
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('只能查看本人的年度结果');
    backend.answer('year.myYear', offline());
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'offline');
    backend.answer('year.myYear', ok(decidedYear));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('care mode', async () => {
    wxState.storage.set('careMode', 'on');
    provideServices(fakeBackend({ 'year.myYear': ok(decidedYear) }).services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom!.getAttribute('style')).toContain('--scale:1.3;');
  });
});
