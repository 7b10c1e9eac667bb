import { provideServices } from '../../../miniprogram/services/services';
import { setNow } from '../../../miniprogram/common/clock';
import { fakeBackend, hold, offline, ok } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, textOf, until, type Rendered } from '../support/render';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import { BRANCH_ID } from '../fixtures/publications';
import { branchTable, DURING_YEAR } from '../fixtures/year';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const keepProfile = (profile: unknown, identity = 'demo-v01') => wxState.storage.set(`profile:${identity}`, profile);

describe('支部年度积分表 (year/table)', () => {
  let id: string;
  beforeAll(() => {
    id = load('year/table/table');
  });
  beforeEach(() => {
    resetWx();
    keepProfile(secretaryProfile);
    setNow(DURING_YEAR);
  });
  afterEach(() => {
    provideServices(undefined);
    setNow(null);
  });

  it('shows “正在加载” while the table is computed', async () => {
    const pending = hold();
    provideServices(fakeBackend({ 'year.yearTable': pending }, 'demo-v01').services);
    const page = render(id);
    await until(() => textOf(page).includes('正在加载'));
    pending.release(ok(branchTable));
    await until(() => stateOf(page) === 'ready');
  });

  it('the branch’s year on a phone: counts, the quota, missing reviews, a line per member — for one call', async () => {
    const backend = fakeBackend({ 'year.yearTable': ok(branchTable) }, 'demo-v01');
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    const text = textOf(page);
    expect(text).toContain('按积分方案计算到11月27日，年底前还会变化');
    expect(text).toContain('优秀 2 人，合格 7 人，基本合格 3 人，不合格 2 人，不评等次 2 人');
    expect(text).toContain('积分最低的胡志刚降为合格');
    expect(text).toContain('还有 16 人的民主评议结果没有录入');
    expect(text).toContain('请在电脑上的支部管理页面操作');
    const rows = pickAll(page, '.row').map((r) => textOf(r));
    expect(rows[2]).toContain('因优秀名额限制降一档');
    expect(rows).toHaveLength(16);
    expect(rows[9]).toContain('郭小燕');
    expect(rows[9]).toContain('预备党员，不评定等次');
    expect(rows[15]).toContain('张伟');
    expect(rows[15]).toContain('需要帮扶：诫勉谈话；镇党委组织学习班，进行集中学习');
    expect(text).toContain('不纳入积分管理：何长林、高秀兰');
    expect(backend.calls).toEqual([{ fn: 'year', action: 'yearTable', data: { branchId: BRANCH_ID, year: 2026 } }]);
  });

  it('the year asked in the page’s query', async () => {
    const backend = fakeBackend({ 'year.yearTable': ok({ ...branchTable, year: 2025 }) }, 'demo-v01');
    provideServices(backend.services);
    const page = render(id, { year: '2025' });
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls[0].data).toEqual({ branchId: BRANCH_ID, year: 2025 });
  });

  it('a member is sent to their own result, with no call', async () => {
    keepProfile(memberProfile, 'demo-v03');
    const backend = fakeBackend({}, 'demo-v03');
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('党员本人的年度结果，请看“年度结果”');
    expect(backend.calls).toEqual([]);
  });

  it('offline, then back', async () => {
    const backend = fakeBackend({ 'year.yearTable': offline() }, 'demo-v01');
    provideServices(backend.services);
    const page = render(id);
    await until(() => stateOf(page) === 'offline');
    backend.answer('year.yearTable', ok(branchTable));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('care mode', async () => {
    wxState.storage.set('careMode', 'on');
    provideServices(fakeBackend({ 'year.yearTable': ok(branchTable) }, 'demo-v01').services);
    const page = render(id);
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom!.getAttribute('style')).toContain('--scale:1.3;');
  });
});
