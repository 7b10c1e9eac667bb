import { CONTRACTS } from '../../../miniprogram/shared/index';
import { createServiceClient } from '../../../miniprogram/services/service-client';
import { TransportError, type Transport } from '../../../miniprogram/services/transport';
import { withNextStep, failure } from '../../../miniprogram/services/call-result';
import { secretaryHome } from '../fixtures/demo';

function transportAnswering(answer: (fn: string, event: { action: string; data: unknown }) => unknown): Transport & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    label: '测试',
    identity: 'demo-v01',
    sent,
    async invoke(fn, event) {
      sent.push({ fn, ...event });
      return answer(fn, event);
    },
    async upload(cloudPath) {
      if (cloudPath.startsWith('reports/someone-else/')) throw new TransportError('403', { refused: true });
      if (cloudPath.includes('drop')) throw new TransportError('upload: fail');
      return `cloud://env.bucket/${cloudPath}`;
    },
  };
}

const online = { isOffline: async () => false };

describe('the service client: one typed call per contract', () => {
  it('sends { action, data } to the contract’s function and returns the parsed data', async () => {
    const transport = transportAnswering(() => ({ ok: true, data: secretaryHome }));
    const client = createServiceClient(transport, online);
    const reply = await client.call(CONTRACTS.home.secretaryHome, { branchId: secretaryHome.branchId });
    expect(transport.sent).toEqual([{ fn: 'home', action: 'secretaryHome', data: { branchId: secretaryHome.branchId } }]);
    expect(reply).toEqual({ ok: true, data: secretaryHome });
  });

  it('returns a refusal as a typed value with code, reason, message and fields', async () => {
    const client = createServiceClient(
      transportAnswering(() => ({ ok: false, code: 'EXPIRED', reason: 'INVITE_EXPIRED', message: '邀请码已过期，请向书记重新索取' })),
      online,
    );
    expect(await client.call(CONTRACTS.org.bindWithCode, { code: 'ABCD EFGH' })).toEqual({
      ok: false,
      code: 'EXPIRED',
      reason: 'INVITE_EXPIRED',
      message: '邀请码已过期，请向书记重新索取',
      fields: [],
    });
  });

  it('keeps how long a refusal holds (retryAfterSeconds), so a page can count down', async () => {
    const client = createServiceClient(
      transportAnswering(() => ({
        ok: false,
        code: 'FORBIDDEN',
        reason: 'TOO_MANY_ATTEMPTS',
        message: '输错次数过多，请 15 分钟后再试',
        retryAfterSeconds: 900,
      })),
      online,
    );
    expect(await client.call(CONTRACTS.org.bindWithCode, { code: 'ABCD EFGH' })).toMatchObject({
      ok: false,
      reason: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: 900,
    });
  });

  it('checks the request on the phone with the contract first: a bad invite code costs no call', async () => {
    const transport = transportAnswering(() => {
      throw new Error('must not be called');
    });
    const reply = await createServiceClient(transport, online).call(CONTRACTS.org.bindWithCode, { code: 'AB01 CDEF' });
    expect(transport.sent).toEqual([]);
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION', reason: 'INVALID_REQUEST', fields: [{ path: 'data.code' }] });
    expect(!reply.ok && reply.message).toContain('没有数字 0、1');
  });

  it('refuses a reply that does not match the contract (BAD_REPLY), telling people what to do', async () => {
    const client = createServiceClient(
      transportAnswering(() => ({ ok: true, data: { queueSize: 'many' } })),
      online,
    );
    const reply = await client.call(CONTRACTS.home.secretaryHome, {});
    expect(reply).toMatchObject({ ok: false, code: 'BAD_REPLY', reason: 'REPLY_UNREADABLE' });
    expect(!reply.ok && reply.message).toMatch(/请/);
  });

  it('takes a reply carrying fields this build does not know (a later backend), dropping them at any depth', async () => {
    const later = {
      ok: true,
      data: {
        ...secretaryHome,
        addedLater: { any: 'thing' },
        period: { ...secretaryHome.period, weeks: 4 },
        membersWithoutReportsThisPeriod: secretaryHome.membersWithoutReportsThisPeriod.map((m) => ({ ...m, phone: '13800000000' })),
      },
      servedBy: 'home@v2',
    };
    const client = createServiceClient(
      transportAnswering(() => later),
      online,
    );
    expect(await client.call(CONTRACTS.home.secretaryHome, {})).toEqual({ ok: true, data: secretaryHome });
    const refusal = { ok: false, code: 'FORBIDDEN', reason: 'NOT_BRANCH_OFFICER', message: '您不是本支部的记分员或书记', helpUrl: 'x' };
    expect(
      await createServiceClient(
        transportAnswering(() => refusal),
        online,
      ).call(CONTRACTS.home.secretaryHome, {}),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'NOT_BRANCH_OFFICER',
    });
  });

  it('still refuses a reply with an unknown field AND anything else wrong: a missing field, a wrong type, an unknown value', async () => {
    const { queueSize: _dropped, ...withoutQueue } = secretaryHome;
    const broken = [
      { ...withoutQueue, addedLater: 1 },
      { ...secretaryHome, addedLater: 1, members: 'many' },
      { ...secretaryHome, period: { ...secretaryHome.period, key: 202611 }, addedLater: 1 },
    ];
    for (const data of broken) {
      const client = createServiceClient(
        transportAnswering(() => ({ ok: true, data })),
        online,
      );
      expect(await client.call(CONTRACTS.home.secretaryHome, {})).toMatchObject({ ok: false, code: 'BAD_REPLY' });
    }
    const oddCode = { ok: false, code: 'TEAPOT', message: '…', extra: true };
    expect(
      await createServiceClient(
        transportAnswering(() => oddCode),
        online,
      ).call(CONTRACTS.org.myProfile, {}),
    ).toMatchObject({
      ok: false,
      code: 'BAD_REPLY',
    });
  });

  it('tells no network (OFFLINE) from an unreachable server (UNREACHABLE)', async () => {
    const dropping = transportAnswering(() => {
      throw new TransportError('request:fail');
    });
    expect(await createServiceClient(dropping, { isOffline: async () => true }).call(CONTRACTS.org.myProfile, {})).toMatchObject({
      ok: false,
      code: 'NETWORK',
      reason: 'OFFLINE',
    });
    const unreachable = await createServiceClient(dropping, online).call(CONTRACTS.org.myProfile, {});
    expect(unreachable).toMatchObject({ ok: false, code: 'NETWORK', reason: 'UNREACHABLE' });
    expect(!unreachable.ok && unreachable.message).toContain('重试');
  });

  it('uses the message a transport knows better (the emulator still seeding)', async () => {
    const seeding = transportAnswering(() => {
      throw new TransportError('HTTP 503', { userMessage: '本地模拟器：正在准备演示数据' });
    });
    expect(await createServiceClient(seeding, online).call(CONTRACTS.org.myProfile, {})).toMatchObject({
      message: '本地模拟器：正在准备演示数据',
    });
  });

  it('uploads and answers a refused path or a dropped connection as failures', async () => {
    const client = createServiceClient(
      transportAnswering(() => null),
      online,
    );
    expect(await client.upload('reports/demo-v03/a.jpg', 'wxfile://a')).toEqual({
      ok: true,
      data: { fileID: 'cloud://env.bucket/reports/demo-v03/a.jpg' },
    });
    expect(await client.upload('reports/someone-else/a.jpg', 'wxfile://a')).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'UPLOAD_REFUSED',
    });
    expect(await client.upload('reports/demo-v03/drop.jpg', 'wxfile://a')).toMatchObject({ ok: false, code: 'NETWORK' });
  });
});

describe('every failure says what to do next', () => {
  it.each([
    ['NOT_FOUND', '组织不存在', '组织不存在。请返回首页后再试。'],
    ['INTERNAL', '出错了', '出错了。请稍后点“重试”。'],
    ['FORBIDDEN', '无权操作。', '无权操作。如有疑问，请联系支部书记。'],
  ] as const)('%s: “%s” gains a next step', (code, message, expected) => {
    expect(withNextStep(failure(code, code, message)).message).toBe(expected);
  });

  it('leaves a message that already says what to do', () => {
    expect(withNextStep(failure('EXPIRED', 'INVITE_EXPIRED', '邀请码已过期，请向书记重新索取')).message).toBe(
      '邀请码已过期，请向书记重新索取',
    );
  });
});
