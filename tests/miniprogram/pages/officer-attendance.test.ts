import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused, type FakeBackend, type Reply } from '../support/fake-backend';
import { resetWx, setOnline, wxState } from '../support/fake-wx';
import { load, pick, pickAll, render, simulate, tap, tapButton, textOf, until, type Rendered } from '../support/render';
import { secretaryProfile } from '../fixtures/demo';
import { officeMeetingsForm, recordingFormReply, VILLAGE_BRANCH } from '../fixtures/officer';

const SECRETARY = 'demo-v01';
const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const DRAFT_KEY = `attendanceDraft:${SECRETARY}:${VILLAGE_BRANCH}`;

/** The reply recordAttendance gives: an entry for each outcome the scheme scores. */
const recorded = (data: unknown) => {
  const { attendance } = data as { attendance: { memberId: string; outcome: string }[] };
  const scored = attendance.filter((a) => a.outcome !== 'present');
  return ok({
    meetingId: 'meeting-1',
    entries: scored.map((a) => ({
      memberId: a.memberId,
      outcome: a.outcome,
      itemCode: 'duties.orgLife.absent',
      entryId: `e-${a.memberId}`,
    })),
  });
};

function open(replies: Record<string, Reply> = {}): { page: Rendered; backend: FakeBackend } {
  wxState.storage.set(`profile:${SECRETARY}`, secretaryProfile);
  const backend = fakeBackend(
    { 'reports.recordingForm': ok(recordingFormReply), 'reports.recordAttendance': recorded, ...replies },
    SECRETARY,
  );
  provideServices(backend.services);
  return { page: render(id), backend };
}

/** Taps a member's outcome button ("absent", "leave", …) in their line. */
async function mark(page: Rendered, name: string, outcome: 'present' | 'absent' | 'leave' | 'late'): Promise<void> {
  const rows = (page.data as { rows: { memberId: string; name: string }[] }).rows;
  const memberId = rows.find((r) => r.name === name)!.memberId;
  const index = (page.data as { options: { outcome: string }[] }).options.findIndex((o) => o.outcome === outcome);
  pickAll(page, `#member-${memberId} .mark`)[index].dispatchEvent('tap');
  await simulate.sleep(0);
}

let id: string;

describe('会议考勤 (officer/attendance)', () => {
  beforeAll(() => {
    id = load('officer/attendance/attendance');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  it('shows “正在加载” while the form is on its way', async () => {
    const form = hold();
    const { page } = open({ 'reports.recordingForm': form });
    await until(() => textOf(page).includes('正在加载'));
    form.release(ok(recordingFormReply));
    await until(() => stateOf(page) === 'ready');
  });

  it('everyone present by default, today’s date, the meeting types with what each outcome costs — for one call', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    expect(backend.calls).toEqual([{ fn: 'reports', action: 'recordingForm', data: { branchId: VILLAGE_BRANCH } }]);
    const text = textOf(page);
    expect(text).toContain('集中学习培训');
    expect(text).toContain('缺席 −5 分；迟到、请假 −2 分');
    expect(text).toContain('今天（11月27日 星期五）');
    expect(text).toContain('出席 6 人');
    // The exempt member is not in the list; the secretary's own line is there but not editable.
    expect(pickAll(page, '.member__name').map((n) => n.dom?.textContent)).toEqual([
      '陈明',
      '李秀英',
      '刘芳',
      '王建国',
      '吴桂兰',
      '张伟',
      '赵强',
    ]);
    expect(text).toContain('不纳入积分管理、不记考勤：高秀兰');
    expect(text).toContain('本人：请其他记分员或书记录入');
    expect(pickAll(page, '.mark')).toHaveLength(6 * 4);
    expect(pickAll(page, '.mark--on').map((m) => m.dom?.textContent)).toEqual(Array(6).fill('出席'));
  });

  it('marks absent, on leave and late with a tap, confirms once, and submits the whole meeting in one call', async () => {
    const { page, backend } = open();
    await until(() => stateOf(page) === 'ready');
    await tap(page, '#meeting-orgLife');
    await mark(page, '刘芳', 'absent');
    await mark(page, '张伟', 'leave');
    await mark(page, '赵强', 'late');
    expect(textOf(page)).toContain('出席 3 人，缺席 1 人，请假 1 人，迟到 1 人');
    await tapButton(page, '.submit');
    const sheet = (pick(page, '.sheet').dom?.textContent ?? '').replace(/\s+/g, ' ');
    expect(sheet).toContain('提交11月27日 星期五“主题党日、组织生活会”的考勤？');
    expect(sheet).toContain('缺席 1 人（每人 −5 分）：刘芳');
    expect(sheet).toContain('请假 1 人（每人 −2 分）：张伟');
    expect(backend.callsOf('reports.recordAttendance')).toHaveLength(0);
    await tapButton(page, '.confirm');
    await until(() => stateOf(page) === 'done');
    const [call] = backend.callsOf('reports.recordAttendance');
    expect(call.data).toEqual({
      branchId: VILLAGE_BRANCH,
      meetingType: 'orgLife',
      date: '2026-11-27',
      attendance: [
        { memberId: 'm-chenming', outcome: 'present' },
        { memberId: 'm-lixiuying', outcome: 'present' },
        { memberId: 'm-liufang', outcome: 'absent' },
        { memberId: 'm-wuguilan', outcome: 'present' },
        { memberId: 'm-zhangwei', outcome: 'leave' },
        { memberId: 'm-zhaoqiang', outcome: 'late' },
      ],
      idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    });
    expect(textOf(page)).toContain('考勤已提交');
    expect(textOf(page)).toContain('已按积分方案记分 3 人');
    expect(wxState.storage.has(DRAFT_KEY)).toBe(false);
  });

  it('a meeting whose scheme scores only attendance offers present and absent only', async () => {
    const { page } = open({ 'reports.recordingForm': ok(officeMeetingsForm) });
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('出席 +5 分；缺席不得分');
    expect(pickAll(page, '.mark')).toHaveLength(6 * 2);
  });

  it('keeps what was marked when the network drops; the retry sends the same request (same key): the meeting is recorded once', async () => {
    const { page, backend } = open({ 'reports.recordAttendance': offline() });
    await until(() => stateOf(page) === 'ready');
    await mark(page, '刘芳', 'absent');
    await tapButton(page, '.submit');
    await tapButton(page, '.confirm');
    await until(() => textOf(page).includes('没有连上网络，考勤还没有提交'));
    expect(stateOf(page)).toBe('ready');
    expect(wxState.storage.get(DRAFT_KEY)).toMatchObject({ marks: { 'm-liufang': 'absent' } });
    backend.answer('reports.recordAttendance', recorded);
    setOnline(true);
    await tapButton(page, '.submit');
    await tapButton(page, '.confirm');
    await until(() => stateOf(page) === 'done');
    const [first, second] = backend.callsOf('reports.recordAttendance');
    expect(second.data).toEqual(first.data);
  });

  it('a draft left unsubmitted comes back when the page opens again', async () => {
    wxState.storage.set(DRAFT_KEY, {
      meetingType: 'orgLife',
      date: '2026-11-20',
      marks: { 'm-zhangwei': 'absent' },
      idempotencyKey: 'mp-kept-key-1',
    });
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    expect(textOf(page)).toContain('这是上次没有提交的考勤');
    expect(textOf(page)).toContain('11月20日 星期五');
    expect(textOf(page)).toContain('缺席 1 人');
  });

  it('refused: says why in plain words, naming the member, and keeps everything', async () => {
    const { page } = open({
      'reports.recordAttendance': {
        ok: false,
        code: 'VALIDATION',
        reason: 'FIELD_INVALID',
        message: '请检查填写的内容',
        fields: [{ path: 'attendance.2.memberId', message: '不是本支部的党员' }],
      },
    });
    await until(() => stateOf(page) === 'ready');
    await tapButton(page, '.submit');
    await tapButton(page, '.confirm');
    await until(() => textOf(page).includes('刘芳：不是本支部的党员'));
    expect(stateOf(page)).toBe('ready');
  });

  it('empty: a scheme without meetings to record says what to do instead', async () => {
    const { page } = open({ 'reports.recordingForm': ok({ ...recordingFormReply, meetings: [] }) });
    await until(() => stateOf(page) === 'empty');
    expect(textOf(page)).toContain('不用录考勤');
  });

  it('error and offline: the message, and the page comes back by itself when online', async () => {
    const { page, backend } = open({ 'reports.recordingForm': offline() });
    await until(() => stateOf(page) === 'offline');
    backend.answer(
      'reports.recordingForm',
      refused('FORBIDDEN', 'NO_SCHEME_FOR_YEAR', '本支部 2026 年度还没有设置积分方案，请联系上级党委'),
    );
    setOnline(true);
    await until(() => stateOf(page) === 'error');
    expect(textOf(page)).toContain('还没有设置积分方案');
  });

  it('care mode: larger, and each member’s buttons get a full row of their own', async () => {
    wxState.storage.set('careMode', 'on');
    const { page } = open();
    await until(() => stateOf(page) === 'ready');
    expect(pick(page, '.page').dom?.className).toContain('page--care');
    expect(pick(page, '.page').dom?.getAttribute('style')).toContain('--scale:1.3;');
  });
});
