import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, type FakeBackend, type Reply } from '../support/fake-backend';
import { resetWx, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, simulate, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { secretaryProfile } from '../fixtures/demo';
import { recordingFormReply, VILLAGE_BRANCH } from '../fixtures/officer';

const SECRETARY = 'demo-v01';
const stateOf = (page: Rendered) => (page.data as { state: string }).state;

/** The ledger line recordEntry answers for what was sent. */
const entered = (data: unknown) => {
  const request = data as { memberId: string; itemCode: string; date: string; reason: string; points?: number };
  const points = request.itemCode === 'duties.dues.late' ? -3 : (request.points ?? 0);
  return ok({
    entryId: 'e-1',
    memberId: request.memberId,
    date: request.date,
    period: request.date.slice(0, 7),
    itemCode: request.itemCode,
    itemName: recordingFormReply.items.find((i) => i.code === request.itemCode)!.name,
    points,
    level: null,
    quantity: null,
    post: null,
    actor: { role: 'secretary' as const, name: '王建国' },
    at: '2026-11-27T02:00:00.000Z',
    reason: request.reason,
    source: 'recorder' as const,
    reportId: null,
    meetingId: null,
    reverses: null,
    adjusts: null,
  });
};

function open(replies: Record<string, Reply> = {}): { page: Rendered; backend: FakeBackend } {
  wxState.storage.set(`profile:${SECRETARY}`, secretaryProfile);
  const backend = fakeBackend({ 'reports.recordingForm': ok(recordingFormReply), 'reports.recordEntry': entered, ...replies }, SECRETARY);
  provideServices(backend.services);
  return { page: render(id), backend };
}

async function typeReason(page: Rendered, text: string): Promise<void> {
  pick(page, '#reason').dispatchEvent('input', { detail: { value: text } });
  await simulate.sleep(0);
}

let id: string;

describe('给党员记分 (officer/entry)', () => {
  beforeAll(() => {
    id = load('officer/entry/entry');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('shows “正在加载”, then the members and the items the scheme lets the secretary enter — for one call', async () => {
    const form = hold();
    const { page, backend } = open({ 'reports.recordingForm': form });
    await until(() => textOf(page).includes('正在加载'));
    form.release(ok(recordingFormReply));
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'reports', action: 'recordingForm', data: { branchId: VILLAGE_BRANCH } }]);
    const text = textOf(page);
    expect(text).toContain('不按时缴纳党费');
    expect(text).toContain('−3 分');
    expect(text).toContain('0.5–2 分，每档 0.5 分');
    expect(text).toContain('一票否决');
    // The secretary's own record and an exempt member cannot be picked.
    expect(pickAll(page, '.name--disabled').map((n) => (n.dom?.textContent ?? '').replace(/\s+/g, ''))).toEqual([
      '高秀兰不记分',
      '王建国本人',
    ]);
  });

  it('a deduction: member, item, reason, one confirmation, one call with the same key on a retry', async () => {
    const { page, backend } = open({ 'reports.recordEntry': offline() });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.submit');
    expect(textOf(page)).toContain('请先点选给哪位党员记分。');
    await tap(page, '#member-m-wangjianguo');
    expect((page.data as { memberId: string }).memberId).toBe('');
    await tap(page, '#member-m-zhangwei');
    await tap(page, '#item-duties-dues-late');
    expect((page.data as { reason: string }).reason).toBe('不按时缴纳党费');
    await typeReason(page, '11月党费没有按时交');
    expect(textOf(page)).toContain('给张伟记 −3 分');
    await tapButton(page, '.submit');
    expect(textOf(page)).toContain('原因：11月党费没有按时交');
    await tapButton(page, '.confirm');
    await until(() => textOf(page).includes('没有连上网络，还没有记上'));
    backend.answer('reports.recordEntry', entered);
    await tapButton(page, '.submit');
    await tapButton(page, '.confirm');
    await until(() => stateOf(page) === 'done');
    const [first, second] = backend.callsOf('reports.recordEntry');
    expect(first.data).toEqual({
      branchId: VILLAGE_BRANCH,
      memberId: 'm-zhangwei',
      itemCode: 'duties.dues.late',
      date: '2026-11-27',
      reason: '11月党费没有按时交',
      idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    });
    expect(second.data).toEqual(first.data);
    expect(textOf(page)).toContain('张伟 不按时缴纳党费 −3 分（11月27日 星期五）');
  });

  it('an award within its range: only allowed values, and the points are sent', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tap(page, '#member-m-wuguilan');
    await tap(page, '#item-bonus-other');
    expect(pickAll(page, '.value').map((v) => v.dom?.textContent)).toEqual(['0.5', '1', '1.5', '2']);
    await tapButton(page, '.submit');
    expect(textOf(page)).toContain('请选定分值（0.5–2 分，每档 0.5 分）。');
    await tap(page, '#value-2');
    await tapButton(page, '.submit');
    await tapButton(page, '.confirm');
    await until(() => stateOf(page) === 'done');
    expect(backend.callsOf('reports.recordEntry')[0].data).toMatchObject({ memberId: 'm-wuguilan', itemCode: 'bonus.other', points: 1.5 });
  });

  it('care mode makes the page larger', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom?.getAttribute('style')).toContain('--scale:1.3;');
  });
});
