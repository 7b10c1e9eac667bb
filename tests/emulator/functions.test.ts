import tcb from '@cloudbase/node-sdk';
import path from 'node:path';
import { CloudFunctionContext, emulatorProcessEnv, functionsFromDirectory, sdkConfig } from '../../emulator';
import { rejection, startTestBed, TestBed } from './emulator-test-bed';

let bed: TestBed;

const callerOf = (context: CloudFunctionContext) => {
  const cloudbase = tcb.getCloudbaseContext(context);
  return {
    openid: cloudbase.WX_OPENID ?? null,
    appid: cloudbase.WX_APPID ?? null,
    source: cloudbase.TCB_SOURCE ?? null,
    trigger: cloudbase.TRIGGER_SRC ?? null,
  };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  bed = await startTestBed({
    functionTimeoutMs: 500,
    functions: {
      whoami: async (event: unknown, context: CloudFunctionContext) => ({
        event,
        caller: callerOf(context),
        functionName: context.function_name,
      }),
      slowWhoami: async (event: { delay: number }, context: CloudFunctionContext) => {
        await sleep(event.delay);
        return callerOf(context).openid;
      },
      // Production code path: the SDK initialised for the current environment, the caller from the context.
      joinBranch: async (event: { branchId: string }, context: CloudFunctionContext) => {
        const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
        const { WX_OPENID } = tcb.getCloudbaseContext(context);
        if (!WX_OPENID) return { ok: false, reason: 'no caller' };
        await app.database().collection('members').add({ openid: WX_OPENID, branchId: event.branchId });
        return { ok: true };
      },
      boom: async () => {
        throw new Error('kaput');
      },
      nothing: () => undefined,
      forever: () => new Promise(() => undefined),
    },
  });
  // What `npm start` sets for its functions: the SDK's injected service URL, credentials, current env.
  Object.assign(process.env, emulatorProcessEnv(bed.emulator));
});

afterAll(async () => {
  await bed.emulator.stop();
});

const post = async (pathname: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${bed.emulator.url}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('POST /functions/<name> (dev transport of wx.cloud.callFunction)', () => {
  it('runs main(event, context) with the caller from X-WX-OPENID in the SCF context', async () => {
    const { status, body } = await post('/functions/whoami', { action: 'list' }, { 'x-wx-openid': 'o-member-1' });
    expect(status).toBe(200);
    expect(body['result']).toEqual({
      event: { action: 'list', userInfo: { appId: bed.emulator.appid, openId: 'o-member-1' } },
      caller: { openid: 'o-member-1', appid: bed.emulator.appid, source: 'wx_client', trigger: null },
      functionName: 'whoami',
    });
    expect(process.env['WX_OPENID']).toBeUndefined();
  });

  it('adds userInfo to the event as the platform does, replacing whatever the client sent under that name', async () => {
    const { body } = await post(
      '/functions/whoami',
      { action: 'list', userInfo: { openId: 'o-forged', appId: 'wx-forged', extra: 1 } },
      { 'x-wx-openid': 'o-member-2' },
    );
    expect((body['result'] as { event: unknown }).event).toEqual({
      action: 'list',
      userInfo: { appId: bed.emulator.appid, openId: 'o-member-2' },
    });
    const anonymous = await post('/functions/whoami', { action: 'list' });
    expect((anonymous.body['result'] as { event: unknown }).event).toEqual({ action: 'list', userInfo: { appId: bed.emulator.appid } });
    expect((await bed.emulator.invokeFunction('whoami', { a: 1 }, { openid: 'o-in-process' })) as { event: unknown }).toMatchObject({
      event: { a: 1, userInfo: { appId: bed.emulator.appid, openId: 'o-in-process' } },
    });
  });

  it('passes the SCF context production passes: region, appid, uin, environ, remaining time, IPv4 and IPv6 client addresses', async () => {
    let seen: CloudFunctionContext | undefined;
    bed.emulator.registerFunction('contextProbe', (_event: unknown, context: CloudFunctionContext) => {
      seen = context;
      return null;
    });
    await post('/functions/contextProbe', {}, { 'x-wx-openid': 'o-probe' });
    const context = seen as CloudFunctionContext;
    expect(context).toMatchObject({
      callbackWaitsForEmptyEventLoop: true,
      function_name: 'contextProbe',
      function_version: '$LATEST',
      namespace: bed.emulator.envId,
      tencentcloud_region: expect.any(String),
      tencentcloud_appid: expect.stringMatching(/^\d+$/),
      tencentcloud_uin: expect.stringMatching(/^\d+$/),
    });
    expect(context.getRemainingTimeInMillis()).toBeGreaterThan(0);
    expect(context.getRemainingTimeInMillis()).toBeLessThanOrEqual(context.time_limit_in_ms);
    const cloudbase = tcb.getCloudbaseContext(context) as unknown as Record<string, string>;
    expect(cloudbase['WX_CLIENTIP']).toBe('127.0.0.1');
    expect(cloudbase['WX_CLIENTIPV6']).toBe('::ffff:127.0.0.1');
    // The older `environ` form carries the same caller: node-sdk reads it when `environment` is absent.
    const { environment: _unused, ...olderRuntime } = context;
    expect(tcb.getCloudbaseContext(olderRuntime as unknown as CloudFunctionContext)).toMatchObject({
      WX_OPENID: 'o-probe',
      TCB_ENV: bed.emulator.envId,
    });
  });

  it('keeps concurrent callers apart (the caller is per invocation, never in process.env)', async () => {
    const calls = Array.from({ length: 20 }, (_, index) =>
      post('/functions/slowWhoami', { delay: (index * 7) % 30 }, { 'x-wx-openid': `o-${index}` }),
    );
    const results = await Promise.all(calls);
    expect(results.map((result) => result.body['result'])).toEqual(Array.from({ length: 20 }, (_, index) => `o-${index}`));
  });

  it('runs production code unmodified: tcb.init({ env: SYMBOL_CURRENT_ENV }) reaches the emulator', async () => {
    const { body } = await post('/functions/joinBranch', { branchId: 'b7' }, { 'x-wx-openid': 'o-joiner' });
    expect(body['result']).toEqual({ ok: true });
    const { data } = await bed.db.collection('members').where({ openid: 'o-joiner' }).get();
    expect(data).toMatchObject([{ openid: 'o-joiner', branchId: 'b7' }]);
    expect((await post('/functions/joinBranch', { branchId: 'b7' })).body['result']).toEqual({ ok: false, reason: 'no caller' });
  });

  it('answers a throwing function with FUNCTIONS_EXECUTE_FAIL and keeps serving', async () => {
    const failed = await post('/functions/boom', {});
    expect(failed.status).toBe(500);
    expect(failed.body).toMatchObject({ code: 'FUNCTIONS_EXECUTE_FAIL', message: expect.stringContaining('kaput') });
    expect((await post('/functions/whoami', {})).status).toBe(200);
  });

  it('answers unknown functions, bad JSON and slow functions with errors', async () => {
    expect(await post('/functions/nope', {})).toMatchObject({ status: 404, body: { code: 'ResourceNotFound.Function' } });
    const badJson = await fetch(`${bed.emulator.url}/functions/whoami`, { method: 'POST', body: '{"unterminated' });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ code: 'INVALID_PARAM' });
    const slow = await post('/functions/forever', {});
    expect(slow).toMatchObject({ status: 500, body: { code: 'FUNCTIONS_EXECUTE_FAIL', message: expect.stringContaining('timed out') } });
  });

  it('returns null for a function that returns nothing', async () => {
    expect((await post('/functions/nothing', {})).body['result']).toBeNull();
  });
});

describe('callFunction from node-sdk', () => {
  it('reaches the same functions; the SDK sends no end-user identity', async () => {
    const { result } = await bed.app.callFunction({ name: 'whoami', data: { page: 2 } });
    expect(result).toMatchObject({ event: { page: 2, userInfo: { appId: bed.emulator.appid } }, caller: { openid: null, trigger: null } });
    expect((result as { event: { userInfo: object } }).event.userInfo).not.toHaveProperty('openId');
    expect((result as { caller: { source: string } }).caller.source).toMatch(/,tencentcloud$/);
  });

  it('takes the emulator-only X-WX-OPENID header from tcb.init({ headers })', async () => {
    const app = tcb.init(sdkConfig(bed.emulator, { headers: { 'X-WX-OPENID': 'o-from-header' } }));
    const { result } = await app.callFunction({ name: 'whoami', data: {} });
    expect((result as { caller: { openid: string } }).caller.openid).toBe('o-from-header');
  });

  it('throws the SDK error for failing and unknown functions', async () => {
    expect(await rejection(bed.app.callFunction({ name: 'boom', data: {} }))).toMatchObject({ code: 'FUNCTIONS_EXECUTE_FAIL' });
    expect(await rejection(bed.app.callFunction({ name: 'nope', data: {} }))).toMatchObject({ code: 'ResourceNotFound.Function' });
  });
});

describe('timer triggers', () => {
  it('fire by hand with TRIGGER_SRC=timer, no OPENID, and SCF timer event', async () => {
    const { status, body } = await post('/_emulator/triggers/whoami', { TriggerName: 'monthly' });
    expect(status).toBe(200);
    const result = body['result'] as { event: Record<string, unknown>; caller: Record<string, unknown> };
    expect(result.caller).toEqual({ openid: null, appid: null, source: null, trigger: 'timer' });
    expect(result.event).toMatchObject({ Type: 'Timer', TriggerName: 'monthly' });
    expect(result.event).not.toHaveProperty('userInfo');
    expect(Number.isNaN(Date.parse(String(result.event['Time'])))).toBe(false);
    expect(await bed.emulator.fireTimer('whoami')).toMatchObject({ caller: { trigger: 'timer', openid: null } });
  });
});

describe('functions from a directory', () => {
  it('loads cloudfunctions/<name>/index.ts exporting main', async () => {
    const other = await startTestBed({ functions: functionsFromDirectory(path.join(__dirname, 'fixtures', 'functions')) });
    try {
      const response = await fetch(`${other.emulator.url}/functions/echo`, {
        method: 'POST',
        headers: { 'x-wx-openid': 'o-dir' },
        body: JSON.stringify({ hello: 'world' }),
      });
      expect(await response.json()).toMatchObject({ result: { echo: { hello: 'world' }, openid: 'o-dir' } });
      expect((await fetch(`${other.emulator.url}/functions/missing`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await other.emulator.stop();
    }
  });
});
