import { provideServices } from '../../../miniprogram/services/services';
import { fakeBackend, hold, offline, ok, refused } from '../support/fake-backend';
import { resetWx, wxState } from '../support/fake-wx';
import { load, pick, render, tapButton, textOf, until, type Rendered } from '../support/render';
import { typeInto } from '../support/type-into';
import { memberProfile } from '../fixtures/demo';

const stateOf = (page: Rendered) => (page.data as { state: string }).state;
const MEMBER_ID = memberProfile.members[0].memberId;

describe('绑定 (pages/bind)', () => {
  let id: string;
  beforeAll(() => {
    id = load('pages/bind/bind');
  });
  beforeEach(() => resetWx());
  afterEach(() => provideServices(undefined));

  async function bindWith(code: string, replies: Parameters<typeof fakeBackend>[0]) {
    const backend = fakeBackend(replies, 'dev-newcomer');
    provideServices(backend.services);
    const page = render(id);
    await typeInto(page, code, '#code');
    await tapButton(page, '.submit');
    return { page, backend };
  }

  it('opens on the form with no call: what a code looks like and whom to ask', async () => {
    const backend = fakeBackend({}, 'dev-newcomer');
    provideServices(backend.services);
    const page = render(id);
    expect(textOf(page)).toContain('输入邀请码');
    expect(textOf(page)).toContain('党员是 8 位');
    expect(textOf(page)).toContain('没有邀请码？请联系您所在支部的书记或记分员');
    expect(backend.calls).toEqual([]);
  });

  it('binds with a code as typed (spaces, lower case), then fetches and keeps the profile, and opens the home', async () => {
    const { page, backend } = await bindWith('abcd efgh', {
      'org.bindWithCode': ok({ memberId: MEMBER_ID, branchId: memberProfile.members[0].branchId }),
      'org.myProfile': ok(memberProfile),
    });
    await until(() => stateOf(page) === 'done');
    expect(backend.calls).toEqual([
      { fn: 'org', action: 'bindWithCode', data: { code: 'abcd efgh' } },
      { fn: 'org', action: 'myProfile', data: {} },
    ]);
    expect(textOf(page)).toContain('绑定成功');
    expect(textOf(page)).toContain('您已绑定为青石村党支部党员：张伟');
    expect(wxState.storage.get('profile:dev-newcomer')).toEqual(memberProfile);
    await tapButton(page, '.enter-home');
    expect(wxState.navigations).toEqual([{ kind: 'reLaunch', url: '/pages/home/home' }]);
  });

  it('shows “正在绑定…” while the call is on its way', async () => {
    const pending = hold();
    const { page } = await bindWith('ABCDEFGH', { 'org.bindWithCode': pending, 'org.myProfile': ok(memberProfile) });
    await until(() => stateOf(page) === 'loading');
    expect(textOf(page)).toContain('正在绑定…');
    pending.release(ok({ memberId: MEMBER_ID }));
    await until(() => stateOf(page) === 'done');
  });

  it.each([
    ['INVITE_EXPIRED', 'EXPIRED', '邀请码已过期，请向书记重新索取', '邀请码已过期'],
    ['INVITE_USED', 'CONFLICT', '该邀请码已被使用；如需重新绑定，请向书记索取新的邀请码', '邀请码已经用过了'],
    ['INVITE_VOIDED', 'EXPIRED', '该邀请码已作废，请向书记索取最新的邀请码', '邀请码已作废'],
    ['INVITE_NOT_FOUND', 'NOT_FOUND', '邀请码不正确，请核对后重新输入（还可再试 4 次）', '邀请码不对'],
    ['TOO_MANY_ATTEMPTS', 'FORBIDDEN', '输错次数过多，请 15 分钟后再试', '输错次数太多了'],
  ])('%s: a clear title and the server’s next step under the box', async (reason, code, message, title) => {
    const { page } = await bindWith('ABCD-EFGH', { 'org.bindWithCode': refused(code, reason, message) });
    await until(() => stateOf(page) === 'error');
    expect(pick(page, '.problem').dom?.textContent).toContain(title);
    expect(pick(page, '.problem').dom?.textContent).toContain(message);
    expect(textOf(page)).toContain('绑定');
    expect(wxState.navigations).toEqual([]);
  });

  describe('too many wrong codes: counts down and keeps “绑定” off until the wait is over', () => {
    // The page's interval and clock are fake; the tests' own waits (setTimeout) stay real.
    beforeEach(() =>
      jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask'] }),
    );
    afterEach(() => jest.useRealTimers());
    const buttonText = (page: Rendered) => pick(page, '.submit', '.t-button').dom?.textContent?.replace(/\s+/g, ' ').trim();
    const tooMany = { ...refused('FORBIDDEN', 'TOO_MANY_ATTEMPTS', '输错次数过多，请 15 分钟后再试'), retryAfterSeconds: 900 };

    it('says how long is left, minute by minute then by the second, and a tap meanwhile sends nothing', async () => {
      const { page, backend } = await bindWith('ABCD EFGH', { 'org.bindWithCode': tooMany });
      await until(() => (page.data as { waitText: string }).waitText === '15 分钟');
      expect(buttonText(page)).toBe('还要等 15 分钟');
      expect(pick(page, '.problem').dom?.textContent).toContain('还要等 15 分钟');
      await tapButton(page, '.submit');
      expect(backend.callsOf('org.bindWithCode')).toHaveLength(1);

      jest.advanceTimersByTime(60_000);
      expect(buttonText(page)).toBe('还要等 14 分钟');
      jest.advanceTimersByTime(14 * 60_000 - 45_000);
      expect(buttonText(page)).toBe('还要等 45 秒');
      expect(textOf(page)).toContain('还要等 45 秒');
      await tapButton(page, '.submit');
      expect(backend.callsOf('org.bindWithCode')).toHaveLength(1);

      jest.advanceTimersByTime(45_000);
      expect(buttonText(page)).toBe('绑定');
      expect(pick(page, '.problem').dom?.textContent).toContain('可以再试了');
      backend.answer('org.bindWithCode', ok({ memberId: MEMBER_ID }));
      backend.answer('org.myProfile', ok(memberProfile));
      await tapButton(page, '.submit');
      await until(() => stateOf(page) === 'done');
      expect(backend.callsOf('org.bindWithCode')).toHaveLength(2);
    });

    it('goes by the clock, not by counting ticks: a phone asleep for the whole wait is ready at once', async () => {
      const { page } = await bindWith('ABCD EFGH', { 'org.bindWithCode': { ...tooMany, retryAfterSeconds: 90 } });
      await until(() => (page.data as { waitText: string }).waitText === '2 分钟');
      jest.setSystemTime(Date.now() + 91_000);
      jest.advanceTimersByTime(1000);
      expect(buttonText(page)).toBe('绑定');
    });

    it('without a wait in the reply, shows the server’s message as before', async () => {
      const { page } = await bindWith('ABCD EFGH', {
        'org.bindWithCode': refused('FORBIDDEN', 'TOO_MANY_ATTEMPTS', '输错次数过多，请 15 分钟后再试'),
      });
      await until(() => stateOf(page) === 'error');
      expect(buttonText(page)).toBe('绑定');
      expect(pick(page, '.problem').dom?.textContent).toContain('请 15 分钟后再试');
    });
  });

  it('a mistyped code (a 0 or an O) is caught on the phone, with no call', async () => {
    const { page, backend } = await bindWith('ABCD EFG0', {});
    await until(() => stateOf(page) === 'error');
    expect(backend.calls).toEqual([]);
    expect(textOf(page)).toContain('邀请码格式不对');
    expect(textOf(page)).toContain('没有数字 0、1 和字母 O、I、L');
  });

  it('an empty box asks for the code', async () => {
    const { page, backend } = await bindWith('  ', {});
    await until(() => stateOf(page) === 'error');
    expect(backend.calls).toEqual([]);
    expect(textOf(page)).toContain('请先输入邀请码');
  });

  it('offline: says to turn the network on and tap 绑定 again; the code stays in the box', async () => {
    const { page, backend } = await bindWith('ABCD EFGH', { 'org.bindWithCode': offline() });
    await until(() => stateOf(page) === 'offline');
    expect(textOf(page)).toContain('没有连上网络');
    expect(textOf(page)).toContain('打开移动数据');
    expect((page.data as { code: string }).code).toBe('ABCD EFGH');
    backend.answer('org.bindWithCode', ok({ memberId: MEMBER_ID }));
    backend.answer('org.myProfile', ok(memberProfile));
    await tapButton(page, '.submit');
    await until(() => stateOf(page) === 'done');
  });
});
