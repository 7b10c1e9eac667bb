import cloud from 'wx-server-sdk';
import { createEmulatorOpenApi, emulatorProcessEnv } from '../../emulator';
import { rejection, startTestBed, TestBed } from './emulator-test-bed';

let bed: TestBed;

beforeAll(async () => {
  bed = await startTestBed({ contentCheckWords: ['违禁词'], contentReviewWords: ['待定'] });
  // Production code: cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV }), pointed at the emulator by the environment.
  Object.assign(process.env, emulatorProcessEnv(bed.emulator));
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
});

afterAll(async () => {
  await bed.emulator.stop();
});

beforeEach(() => {
  bed.emulator.clearOutbox();
});

describe('wx-server-sdk cloud.openapi against the emulator, unmodified', () => {
  it('security.msgSecCheck v2 passes clean text and flags configured words', async () => {
    const clean = await cloud.openapi.security.msgSecCheck({ content: '参加了组织生活会', version: 2, scene: 2, openid: 'o-1' });
    expect(clean).toMatchObject({ errCode: 0, result: { suggest: 'pass', label: 100 } });
    const risky = await cloud.openapi.security.msgSecCheck({ content: '这里有违禁词', version: 2, scene: 2, openid: 'o-1' });
    expect(risky).toMatchObject({ errCode: 0, result: { suggest: 'risky' }, detail: [{ keyword: '违禁词' }] });
    const review = await cloud.openapi.security.msgSecCheck({ content: '结果待定', version: 2, scene: 2, openid: 'o-1' });
    expect(review.result.suggest).toBe('review');
    expect(bed.emulator.outbox('security.msgSecCheck').map((entry) => entry.request['content'])).toEqual([
      '参加了组织生活会',
      '这里有违禁词',
      '结果待定',
    ]);
  });

  it('security.msgSecCheck v1 rejects risky text with errCode 87014', async () => {
    const error = (await rejection(cloud.openapi.security.msgSecCheck({ content: '违禁词' }))) as unknown as { errCode: number };
    expect(error.errCode).toBe(87014);
  });

  it('word lists can be changed at run time', async () => {
    bed.emulator.setContentCheckWords(['新词']);
    expect((await cloud.openapi.security.msgSecCheck({ content: '新词出现', version: 2, scene: 1, openid: 'o-1' })).result.suggest).toBe(
      'risky',
    );
    await fetch(`${bed.emulator.url}/_emulator/content-check`, {
      method: 'PUT',
      body: JSON.stringify({ riskyWords: ['违禁词'], reviewWords: ['待定'] }),
    });
    expect((await cloud.openapi.security.msgSecCheck({ content: '新词出现', version: 2, scene: 1, openid: 'o-1' })).result.suggest).toBe(
      'pass',
    );
  });

  it('security.mediaCheckAsync answers a trace id and records the verdict WeChat would push later', async () => {
    const reply = await cloud.openapi.security.mediaCheckAsync({
      mediaUrl: 'https://example.com/违禁词.jpg',
      mediaType: 2,
      version: 2,
      scene: 1,
      openid: 'o-2',
    });
    expect(reply.errCode).toBe(0);
    expect(typeof reply.traceId).toBe('string');
    const [entry] = bed.emulator.outbox('security.mediaCheckAsync');
    expect(entry?.asyncResult).toMatchObject({ Event: 'wxa_media_check', trace_id: reply.traceId, result: { suggest: 'risky' } });
  });

  it('subscribeMessage.send sends, and a refusing user gets errCode 43101', async () => {
    const sent = await cloud.openapi.subscribeMessage.send({
      touser: 'o-ok',
      templateId: 'TPL_REVIEWED',
      page: 'pages/home/home',
      data: { thing1: { value: '积分已审核' } },
      miniprogramState: 'developer',
    });
    expect(sent).toMatchObject({ errCode: 0, msgid: expect.any(Number) });
    bed.emulator.refuseSubscribeMessages('o-no', 'TPL_REVIEWED');
    const error = (await rejection(
      cloud.openapi.subscribeMessage.send({ touser: 'o-no', templateId: 'TPL_REVIEWED', data: { thing1: { value: 'x' } } }),
    )) as unknown as { errCode: number };
    expect(error.errCode).toBe(43101);
    await cloud.openapi.subscribeMessage.send({ touser: 'o-no', templateId: 'TPL_OTHER', data: { thing1: { value: 'x' } } });
    const outbox = bed.emulator.outbox('subscribeMessage.send');
    expect(outbox.map((entry) => [entry.request['touser'], entry.request['template_id'], entry.response['errcode']])).toEqual([
      ['o-ok', 'TPL_REVIEWED', 0],
      ['o-no', 'TPL_REVIEWED', 43101],
      ['o-no', 'TPL_OTHER', 0],
    ]);
    expect(outbox[0]?.request['data']).toEqual({ thing1: { value: '积分已审核' } });
  });

  it('subscribeMessage.send holds each value to the rules of its field type, as WeChat does (47003)', async () => {
    const send = (data: Record<string, { value: string }>) =>
      rejection(cloud.openapi.subscribeMessage.send({ touser: 'o-rules', templateId: 'TPL_RULES', data })) as unknown as Promise<{
        errCode: number;
        errMsg: string;
      }>;
    expect(await send({ thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } })).toMatchObject({
      errCode: 47003,
      errMsg: expect.stringContaining('data.thing1.value invalid'),
    });
    expect(await send({ phrase2: { value: '已经通过了审核' } })).toMatchObject({
      errMsg: expect.stringContaining('data.phrase2.value invalid'),
    });
    expect(await send({ phrase2: { value: 'ok' } })).toMatchObject({ errMsg: expect.stringContaining('data.phrase2.value invalid') });
    expect(await send({ time3: { value: '明天' } })).toMatchObject({ errMsg: expect.stringContaining('data.time3.value invalid') });
    expect(await send({ number2: { value: '3个' } })).toMatchObject({ errMsg: expect.stringContaining('data.number2.value invalid') });
    expect(await send({ thing1: { value: '' } })).toMatchObject({ errMsg: expect.stringContaining('data.thing1.value is empty') });
    const ok = await cloud.openapi.subscribeMessage.send({
      touser: 'o-rules',
      templateId: 'TPL_RULES',
      data: {
        thing1: { value: '一二三四五六七八九十一二三四五六七八九十' },
        phrase2: { value: '已通过' },
        time3: { value: '2026年4月8日 23:59' },
        number4: { value: '12' },
        date5: { value: '2026-04-08' },
      },
    });
    expect(ok.errCode).toBe(0);
  });

  it('refuses open APIs the emulator does not answer, with a clear message', async () => {
    const error = (await rejection(cloud.openapi.wxacode.getUnlimited({ scene: 'x' }))) as unknown as { errMsg: string };
    expect(error.errMsg).toContain('not emulated');
  });
});

describe('the outbox over http', () => {
  it('lists entries (optionally of one API) and clears them', async () => {
    await cloud.openapi.subscribeMessage.send({ touser: 'o-x', templateId: 'T', data: { thing1: { value: 'x' } } });
    await cloud.openapi.security.msgSecCheck({ content: 'hi', version: 2, scene: 2, openid: 'o-x' });
    const all = (await (await fetch(`${bed.emulator.url}/_emulator/outbox`)).json()) as { entries: Array<{ api: string }> };
    expect(all.entries.map((entry) => entry.api)).toEqual(['subscribeMessage.send', 'security.msgSecCheck']);
    const sends = (await (await fetch(`${bed.emulator.url}/_emulator/outbox?api=subscribeMessage.send`)).json()) as { entries: unknown[] };
    expect(sends.entries).toHaveLength(1);
    await fetch(`${bed.emulator.url}/_emulator/outbox`, { method: 'DELETE' });
    expect(bed.emulator.outbox()).toEqual([]);
  });
});

describe('the plain-HTTP endpoint and its client adapter', () => {
  it('answers like cloud.openapi, including 43101 as a thrown errCode', async () => {
    const openapi = createEmulatorOpenApi(bed.emulator.url, { openid: 'o-caller' });
    const checked = await openapi.security.msgSecCheck({ content: '违禁词', version: 2, scene: 2, openid: 'o-caller' });
    expect(checked).toMatchObject({ errCode: 0, result: { suggest: 'risky', label: 21000 } });
    await fetch(`${bed.emulator.url}/_emulator/subscribe-refusals`, { method: 'POST', body: JSON.stringify({ openid: 'o-http' }) });
    await expect(
      openapi.subscribeMessage.send({ touser: 'o-http', templateId: 'T', data: { thing1: { value: 'x' } } }),
    ).rejects.toMatchObject({ errCode: 43101 });
    expect(bed.emulator.outbox('security.msgSecCheck')[0]?.caller).toBe('o-caller');
  });
});

describe("node-sdk's callWxOpenApi", () => {
  it('reaches the same APIs (action wx.api)', async () => {
    const { result } = await bed.app.callWxOpenApi({
      apiName: 'security.msgSecCheck',
      requestData: { content: '违禁词', version: 2, scene: 2, openid: 'o-3' },
    });
    expect(result).toMatchObject({ errcode: 0, result: { suggest: 'risky' } });
  });
});
