import { createDevTransport } from '../../../miniprogram/services/dev-transport';
import { TransportError } from '../../../miniprogram/services/transport';

type RequestOptions = WechatMiniprogram.RequestOption;
type UploadOptions = WechatMiniprogram.UploadFileOption;
const fakeWx = wx as unknown as { request: unknown; uploadFile: unknown };

describe('the development transport speaks to the emulator’s gateway as tools/dev-client.ts does', () => {
  const saved = { request: fakeWx.request, uploadFile: fakeWx.uploadFile };
  afterEach(() => Object.assign(fakeWx, saved));
  const target = { baseUrl: 'http://127.0.0.1:8790', openid: 'demo-v02' };

  it('POSTs the event to /functions/<fn> with the chosen identity in X-WX-OPENID and returns `result`', async () => {
    const sent: RequestOptions[] = [];
    fakeWx.request = (options: RequestOptions) => {
      sent.push(options);
      options.success?.({
        statusCode: 200,
        data: { result: { ok: true, data: { roles: [], members: [] } } },
        header: {},
        cookies: [],
        errMsg: 'request:ok',
      } as never);
    };
    const reply = await createDevTransport(target).invoke('org', { action: 'myProfile', data: {} });
    expect(reply).toEqual({ ok: true, data: { roles: [], members: [] } });
    expect(sent[0]).toMatchObject({
      url: 'http://127.0.0.1:8790/functions/org',
      method: 'POST',
      data: { action: 'myProfile', data: {} },
      header: { 'X-WX-OPENID': 'demo-v02' },
    });
  });

  it('passes on what the emulator says when it answers without a result (still seeding: 503)', async () => {
    fakeWx.request = (options: RequestOptions) =>
      options.success?.({
        statusCode: 503,
        data: { code: 'EMULATOR_STARTING', message: '正在准备演示数据' },
        header: {},
        cookies: [],
        errMsg: '',
      } as never);
    await expect(createDevTransport(target).invoke('org', { action: 'myProfile', data: {} })).rejects.toMatchObject({
      userMessage: '本地模拟器：正在准备演示数据',
    });
  });

  it('says how to start the emulator when nothing answers', async () => {
    fakeWx.request = (options: RequestOptions) => options.fail?.({ errMsg: 'request:fail connect ECONNREFUSED' } as never);
    const error = await createDevTransport(target)
      .invoke('home', { action: 'memberHome', data: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).userMessage).toContain('npm start');
  });

  it('uploads a photo as multipart (field file, cloudPath) with the identity, reporting progress', async () => {
    const sent: UploadOptions[] = [];
    const progress: number[] = [];
    fakeWx.uploadFile = (options: UploadOptions) => {
      sent.push(options);
      setTimeout(() =>
        options.success?.({
          statusCode: 200,
          data: JSON.stringify({ fileID: 'cloud://local.bucket/reports/demo-v02/a.jpg' }),
          errMsg: '',
        } as never),
      );
      return { onProgressUpdate: (listener: (p: { progress: number }) => void) => listener({ progress: 50 }) };
    };
    const fileID = await createDevTransport(target).upload('reports/demo-v02/a.jpg', 'wxfile://tmp/a.jpg', (p) => progress.push(p));
    expect(fileID).toBe('cloud://local.bucket/reports/demo-v02/a.jpg');
    expect(sent[0]).toMatchObject({
      url: 'http://127.0.0.1:8790/_emulator/storage/upload',
      filePath: 'wxfile://tmp/a.jpg',
      name: 'file',
      formData: { cloudPath: 'reports/demo-v02/a.jpg' },
      header: { 'X-WX-OPENID': 'demo-v02' },
    });
    expect(progress).toEqual([50]);
  });

  it('treats a 403 from storage (someone else’s folder) as a refusal, not a network failure', async () => {
    fakeWx.uploadFile = (options: UploadOptions) => {
      setTimeout(() => options.success?.({ statusCode: 403, data: JSON.stringify({ message: '无权写入' }), errMsg: '' } as never));
      return { onProgressUpdate: () => undefined };
    };
    await expect(createDevTransport(target).upload('reports/demo-v03/a.jpg', 'wxfile://a')).rejects.toMatchObject({ refused: true });
  });
});
