import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused, type FakeBackend, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, simulate, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { memberProfile, secretaryProfile } from '../fixtures/demo';
import { approvedReply, emptyQueueReply, rejectedReply, reviewQueueReply, VILLAGE_BRANCH } from '../fixtures/officer';

const SECRETARY = 'demo-v01';
const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const modeOf = (page: Rendered) => (page.data as { mode: string }).mode;
const FIRST_PAGE = { branchId: VILLAGE_BRANCH, offset: 0, limit: 20 };

function open(replies: Record<string, Reply> = {}, profile: unknown = secretaryProfile): { page: Rendered; backend: FakeBackend } {
  wxState.storage.set(`profile:${SECRETARY}`, profile);
  const backend = fakeBackend({ 'reports.reviewQueue': ok(reviewQueueReply), ...replies }, SECRETARY);
  provideServices(backend.services);
  return { page: render(id), backend };
}

async function openReport(page: Rendered, reportId: string): Promise<void> {
  await until(() => stateOf(page) === 'ready');
  await tap(page, `#card-${reportId}`);
  await until(() => modeOf(page) === 'detail');
}

let id: string;

describe('审核申报 (officer/review)', () => {
  beforeAll(() => {
    id = load('officer/review/review');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('shows “正在加载” while the queue is on its way', async () => {
    const queue = hold();
    const { page } = open({ 'reports.reviewQueue': queue });
    await until(() => textOf(page).includes('正在加载'));
    queue.release(ok(reviewQueueReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('the queue, oldest first — who, what, when, what they ask, how long it waits — for one call', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'reports', action: 'reviewQueue', data: FIRST_PAGE }]);
    // Each card as read: name, what they ask, the item, and three facts.
    const texts = (selector: string) => pickAll(page, selector).map((t) => t.dom?.textContent?.trim() ?? '');
    const [names, claims, items, facts] = ['.report__name', '.report__claim', '.report__item', '.report__fact'].map(texts);
    const cards = names.map((name, i) => [name, claims[i], items[i], ...facts.slice(3 * i, 3 * i + 3)].join(' '));
    expect(cards).toHaveLength(4);
    expect(cards[0]).toMatch(/^张伟 \+2 分 参与“七一”“十一”建党、建国系列活动 10月1日的事 2 张照片 已等 9 天$/);
    expect(cards[1]).toContain('吴桂兰 申报 8 分');
    expect(cards[2]).toContain('刘芳 未提分值，由您定分');
    expect(cards[2]).toContain('昨天提交');
    expect(cards[3]).toContain('赵强 县级表彰 +2 分');
    expect(cards[3]).toContain('今天提交');
    expect(textOf(page)).toContain('4 条申报等待审核');
    // Waiting a week or more is marked.
    expect(pickAll(page, '.report__fact--long').map((t) => t.dom?.textContent)).toEqual(['已等 9 天']);
  });

  it('empty: says nothing waits, and still offers recording points', async () => {
    const { page } = open({ 'reports.reviewQueue': ok(emptyQueueReply) });
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('没有等待审核的申报');
    await tapButton(page, '.record-entry');
    expect(wxState.navigations).toEqual([{ kind: 'navigateTo', url: '/officer/entry/entry' }]);
  });

  it('someone who is no recorder or secretary is told so, without a call', async () => {
    const { page, backend } = open({}, memberProfile);
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('只有书记和记分员能审核');
    expect(backend.calls).toEqual([]);
  });

  it('error: the message with what to do, and “重试” asks again', async () => {
    const { page, backend } = open({ 'reports.reviewQueue': refused('INTERNAL', 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试') });
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('服务暂时不可用，请稍后再试');
    backend.answer('reports.reviewQueue', ok(reviewQueueReply));
    await tapButton(page, '.state-view', '.state__button');
    await until(() => stateOf(page) === 'ready');
  });

  it('offline: says so, and loads by itself when the network is back', async () => {
    const { page, backend } = open({ 'reports.reviewQueue': offline() });
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('没有连上网络');
    backend.answer('reports.reviewQueue', ok(reviewQueueReply));
    setOnline(true);
    await until(() => stateOf(page) === 'ready');
  });

  it('a report opens with its description and photos; a photo opens full-screen with the others (a lost one left out)', async () => {
    const { page, backend } = open();
    await openReport(page, 'r-anniversary');
    expect(textOf(page)).toContain('国庆节参加村里组织的升旗仪式和义务清扫。');
    expect(textOf(page)).toContain('按方案记 +2 分');
    await tap(page, '#photo-1');
    expect(wxState.previews).toEqual([
      {
        current: reviewQueueReply.reports[0].photos[1].url,
        urls: reviewQueueReply.reports[0].photos.map((p) => p.url),
      },
    ]);
    expect(backend.calls).toHaveLength(1);
    await tap(page, '#back');
    expect(modeOf(page)).toBe('list');
  });

  it('approves a fixed item: one call, the report leaves the queue, and the page says what was recorded', async () => {
    const { page, backend } = open({ 'reports.approveReport': ok(approvedReply('r-anniversary', 2)) });
    await openReport(page, 'r-anniversary');
    await tapButton(page, '.approve');
    await until(() => modeOf(page) === 'list');
    expect(backend.callsOf('reports.approveReport')).toEqual([
      { fn: 'reports', action: 'approveReport', data: { reportId: 'r-anniversary' } },
    ]);
    expect(textOf(page)).toContain('已通过：张伟的“参与“七一”“十一”建党、建国系列活动”，记 +2 分。');
    expect(pickAll(page, '.report')).toHaveLength(3);
    expect(textOf(page)).toContain('3 条申报等待审核');
  });

  it('approves a range item only with points chosen from the allowed values', async () => {
    const { page, backend } = open({ 'reports.approveReport': ok(approvedReply('r-perform', 7.5)) });
    await openReport(page, 'r-perform');
    // 0–10 in halves: 21 buttons, none chosen (the member proposed nothing).
    const values = pickAll(page, '.value').map((v) => v.dom?.textContent);
    expect(values).toHaveLength(21);
    expect(values.slice(0, 3)).toEqual(['0', '0.5', '1']);
    expect(values[20]).toBe('10');
    await tapButton(page, '.approve');
    expect(textOf(page)).toContain('请选定分值（0–10 分，每档 0.5 分）。');
    expect(backend.callsOf('reports.approveReport')).toHaveLength(0);
    await tap(page, '#value-15');
    expect(textOf(page)).toContain('通过，记 +7.5 分');
    await tapButton(page, '.approve');
    await until(() => modeOf(page) === 'list');
    expect(backend.callsOf('reports.approveReport')[0].data).toEqual({ reportId: 'r-perform', points: 7.5 });
  });

  it('starts from the member’s proposal (8 points, the county level) and sends what the reviewer changes it to', async () => {
    const { page, backend } = open({ 'reports.approveReport': ok(approvedReply('r-honor', 3)) });
    await openReport(page, 'r-deed');
    expect(pick(page, '.value--on').dom?.textContent).toBe('8');
    await tap(page, '#back');
    await openReport(page, 'r-honor');
    expect(pick(page, '.choice--on').dom?.textContent).toContain('县级表彰');
    expect(textOf(page)).toContain('可能有不适宜的内容');
    expect(textOf(page)).toContain('照片已丢失');
    await tap(page, '#level-city');
    await tapButton(page, '.approve');
    await until(() => modeOf(page) === 'list');
    expect(backend.callsOf('reports.approveReport')[0].data).toEqual({ reportId: 'r-honor', level: 'city' });
  });

  it('rejects only with a reason: a common one tapped, or words of one’s own', async () => {
    const { page, backend } = open({
      'reports.rejectReport': (data: unknown) => ok(rejectedReply('r-deed', (data as { reason: string }).reason)),
    });
    await openReport(page, 'r-deed');
    await tapButton(page, '.reject-start');
    await tapButton(page, '.reject-confirm');
    expect(textOf(page)).toContain('请点一个驳回原因，或者自己写几句');
    expect(backend.callsOf('reports.rejectReport')).toHaveLength(0);
    await tap(page, '#reason-0');
    pick(page, '#reject-reason').dispatchEvent('input', { detail: { value: '照片看不清，请补一张屋顶修好后的照片' } });
    await simulate.sleep(0);
    await tapButton(page, '.reject-confirm');
    await until(() => modeOf(page) === 'list');
    expect(backend.callsOf('reports.rejectReport')[0].data).toEqual({ reportId: 'r-deed', reason: '照片看不清，请补一张屋顶修好后的照片' });
    expect(textOf(page)).toContain('已驳回：吴桂兰的“为民办一件实事”');
    expect(pickAll(page, '.report')).toHaveLength(3);
  });

  it('someone else was first: says so plainly and asks for the queue again', async () => {
    const { page, backend } = open({
      'reports.approveReport': refused('CONFLICT', 'REPORT_ALREADY_REVIEWED', '该申报已被驳回，不能再审核通过'),
    });
    await openReport(page, 'r-anniversary');
    backend.answer('reports.reviewQueue', ok({ ...reviewQueueReply, total: 3, reports: reviewQueueReply.reports.slice(1) }));
    await tapButton(page, '.approve');
    await until(() => backend.callsOf('reports.reviewQueue').length === 2 && pickAll(page, '.report').length === 3);
    expect(modeOf(page)).toBe('list');
    expect(textOf(page)).toContain(
      '这条申报别人已经处理过了：张伟的“参与“七一”“十一”建党、建国系列活动”，该申报已被驳回，不能再审核通过。列表已经刷新。',
    );
  });

  it('an approval someone else made first with other points is told, not passed off as the reviewer’s', async () => {
    const { page } = open({ 'reports.approveReport': ok(approvedReply('r-deed', 6)) });
    await openReport(page, 'r-deed');
    await tapButton(page, '.approve');
    await until(() => modeOf(page) === 'list');
    expect(textOf(page)).toContain('已经由其他人审核通过，记 +6 分（不是您选的 +8 分）');
  });

  it('without a network the choice stays, and the page says to tap again', async () => {
    const { page } = open({ 'reports.approveReport': offline() });
    await openReport(page, 'r-deed');
    await tap(page, '#value-18');
    await tapButton(page, '.approve');
    await until(() => textOf(page).includes('没有连上网络，还没有办好'));
    expect(modeOf(page)).toBe('detail');
    expect(pick(page, '.value--on').dom?.textContent).toBe('9');
  });

  it('approves several at once with one confirmation and one call; a report needing points cannot be picked', async () => {
    const { page, backend } = open({
      'reports.approveReports': ok({
        approved: ['r-anniversary', 'r-deed', 'r-honor'].map((reportId, i) => ({
          reportId,
          entryId: `e-${reportId}`,
          awardedPoints: [2, 8, 2][i],
          already: i === 2,
        })),
      }),
    });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.select-start');
    await tap(page, '#card-r-perform');
    expect(wxState.toasts).toEqual(['这条要先定分，请点“退出多选”后单独审核']);
    await tapButton(page, '.select-all');
    expect(pickAll(page, '.report--selected')).toHaveLength(3);
    await tap(page, '#card-r-honor');
    await tap(page, '#card-r-honor');
    expect(textOf(page)).toContain('通过选中的 3 条');
    await tapButton(page, '.batch');
    const sheet = (pick(page, '.sheet').dom?.textContent ?? '').replace(/\s+/g, ' ');
    expect(sheet).toContain('确认通过这 3 条申报？');
    expect(sheet).toContain('吴桂兰+8 分为民办一件实事');
    expect(backend.callsOf('reports.approveReports')).toHaveLength(0);
    await tapButton(page, '.batch-confirm');
    await until(() => textOf(page).includes('已通过 3 条申报'));
    expect(backend.callsOf('reports.approveReports')[0].data).toEqual({ reportIds: ['r-anniversary', 'r-deed', 'r-honor'] });
    expect(textOf(page)).toContain('其中 1 条在您之前已由其他人通过');
    expect(pickAll(page, '.report__name').map((c) => c.dom?.textContent)).toEqual(['刘芳']);
    expect((page.data as { selecting: boolean }).selecting).toBe(false);
  });

  it('a batch refused because one was reviewed meanwhile: nothing approved, said whose, the queue asked again', async () => {
    const { page, backend } = open({
      'reports.approveReports': {
        ok: false,
        code: 'CONFLICT',
        reason: 'REPORT_ALREADY_REVIEWED',
        message: '该申报已被驳回，不能再审核通过',
        fields: [{ path: 'reportIds.1', message: '吴桂兰 11月16日的“为民办一件实事”：该申报已被驳回，不能再审核通过' }],
      },
    });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.select-start');
    await tap(page, '#card-r-anniversary');
    await tap(page, '#card-r-deed');
    await tapButton(page, '.batch');
    await tapButton(page, '.batch-confirm');
    await until(() => backend.callsOf('reports.reviewQueue').length === 2);
    expect(textOf(page)).toContain(
      '一条也没有通过：吴桂兰 11月16日的“为民办一件实事”：该申报已被驳回，不能再审核通过。列表已经刷新，请重新选择。',
    );
    expect((page.data as { confirming: boolean }).confirming).toBe(false);
  });

  it('in care mode everything on the page is larger: the scale on its root, three value buttons to a row instead of four', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = open();
    await openReport(page, 'r-perform');
    expect(pick(page, '.page').dom?.className).toContain('page--care');
    expect(pick(page, '.page').dom?.getAttribute('style')).toContain('--scale:1.3;');
  });
});
