import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rejection, startTestBed, TestBed } from './emulator-test-bed';

let bed: TestBed;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4096, 1)]);

beforeAll(async () => {
  bed = await startTestBed({ storage: { maxFileBytes: 64 * 1024 } });
});

afterAll(async () => {
  await bed.emulator.stop();
});

describe('storage through node-sdk', () => {
  it('uploads a photo, serves it over http from getTempFileURL, downloads and deletes it', async () => {
    const { fileID } = await bed.app.uploadFile({ cloudPath: 'photos/o-1/2024-03/act.png', fileContent: PNG });
    // Production's shape: cloud://<env>.<hex of the env's first two characters>-<env>-<APPID>/<path>.
    expect(bed.emulator.envId).toBe('emulator-local');
    expect(fileID).toBe('cloud://emulator-local.656d-emulator-local-1250000000/photos/o-1/2024-03/act.png');

    const { fileList } = await bed.app.getTempFileURL({ fileList: [{ fileID, maxAge: 120 }] });
    expect(fileList[0]).toMatchObject({ fileID, code: 'SUCCESS' });
    const served = await fetch(fileList[0]?.tempFileURL ?? '');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);

    const downloaded = await bed.app.downloadFile({ fileID });
    expect(Buffer.isBuffer(downloaded.fileContent) && downloaded.fileContent.equals(PNG)).toBe(true);

    const deleted = await bed.app.deleteFile({ fileList: [fileID] });
    expect(deleted.fileList).toEqual([{ fileID, code: 'SUCCESS' }]);
    expect((await fetch(fileList[0]?.tempFileURL ?? '')).status).toBe(404);
    const again = await bed.app.getTempFileURL({ fileList: [fileID] });
    expect(again.fileList[0]).toMatchObject({ fileID, code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' });
  });

  it('handles non-ASCII and spaced cloud paths end to end (getFileInfo included)', async () => {
    const { fileID } = await bed.app.uploadFile({ cloudPath: '照片/支部 活动/合影.png', fileContent: PNG });
    expect(fileID).toMatch(/\/照片\/支部 活动\/合影\.png$/);
    const downloaded = await bed.app.downloadFile({ fileID });
    expect(Buffer.isBuffer(downloaded.fileContent) && downloaded.fileContent.equals(PNG)).toBe(true);
    const info = await bed.app.getFileInfo({ fileList: [fileID] });
    expect(info.fileList[0]).toMatchObject({ code: 'SUCCESS', fileName: '合影.png', mime: 'image/png', size: PNG.length });
  });

  it('refuses temporary URLs with a wrong signature or past their expiry', async () => {
    const { fileID } = await bed.app.uploadFile({ cloudPath: 'photos/signed.jpg', fileContent: JPEG });
    const { fileList } = await bed.app.getTempFileURL({ fileList: [fileID] });
    const url = new URL(fileList[0]?.tempFileURL ?? '');
    url.searchParams.set('sign', '0'.repeat(64));
    expect((await fetch(url)).status).toBe(403);
    const expired = new URL(fileList[0]?.tempFileURL ?? '');
    expired.searchParams.set('t', String(Math.floor(Date.now() / 1000) - 10));
    expect((await fetch(expired)).status).toBe(403);
  });

  it('enforces the size limit and the accepted types', async () => {
    const tooBig = Buffer.concat([JPEG, Buffer.alloc(64 * 1024)]);
    const large = await rejection(bed.app.uploadFile({ cloudPath: 'photos/big.jpg', fileContent: tooBig }));
    expect(large.code).toBe('STORAGE_REQUEST_FAIL');
    expect(large.message).toContain('EntityTooLarge');
    const wrongType = await rejection(bed.app.uploadFile({ cloudPath: 'photos/tool.exe', fileContent: Buffer.from('MZ') }));
    expect(wrongType.code).toBe('INVALID_PARAM');
    const traversal = await rejection(bed.app.uploadFile({ cloudPath: '../escape.png', fileContent: PNG }));
    expect(traversal.code).toBe('INVALID_PARAM');
    const missing = await bed.app.getTempFileURL({ fileList: ['cloud://x.y/photos/big.jpg', 'cloud://x.y/photos/tool.exe'] });
    expect(missing.fileList.map((file) => file.code)).toEqual(['STORAGE_FILE_NONEXIST', 'STORAGE_FILE_NONEXIST']);
  });

  it('stores content as given, like COS: a ".png" holding text is kept and served as image/png', async () => {
    const text = Buffer.from('<html>not an image</html>');
    const { fileID } = await bed.app.uploadFile({ cloudPath: 'photos/fake.png', fileContent: text });
    const { fileList } = await bed.app.getTempFileURL({ fileList: [fileID] });
    const served = await fetch(fileList[0]?.tempFileURL ?? '');
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(text)).toBe(true);
  });

  it('holds only its own bucket: a fileID of another environment or bucket is not found', async () => {
    const { fileID } = await bed.app.uploadFile({ cloudPath: 'photos/here.png', fileContent: PNG });
    const path = fileID.slice(fileID.indexOf('/', 'cloud://'.length));
    const elsewhere = [
      `cloud://other-env.6f74-other-env-1250000000${path}`,
      `cloud://${bed.emulator.envId}.656d-emulator-local-1300000000${path}`,
    ];
    const { fileList } = await bed.app.getTempFileURL({ fileList: [fileID, ...elsewhere] });
    expect(fileList.map((file) => file.code)).toEqual(['SUCCESS', 'STORAGE_FILE_NONEXIST', 'STORAGE_FILE_NONEXIST']);
    const deleted = await bed.app.deleteFile({ fileList: elsewhere });
    expect(deleted.fileList.map((file) => file.code)).toEqual(['STORAGE_FILE_NONEXIST', 'STORAGE_FILE_NONEXIST']);
    expect((await bed.app.getTempFileURL({ fileList: [fileID] })).fileList[0]?.code).toBe('SUCCESS');
  });
});

describe("the mini-program's dev transport", () => {
  it('uploads like wx.uploadFile (multipart), then gets temporary URLs and deletes, as the caller', async () => {
    const form = new FormData();
    form.append('cloudPath', 'reports/o-2/from-phone.jpg');
    form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), 'tmp_123.jpg');
    const caller = { 'x-wx-openid': 'o-2' };
    const uploaded = await fetch(`${bed.emulator.url}/_emulator/storage/upload`, { method: 'POST', body: form, headers: caller });
    expect(uploaded.status).toBe(200);
    const { fileID } = (await uploaded.json()) as { fileID: string };
    expect(fileID).toMatch(/reports\/o-2\/from-phone\.jpg$/);

    const urls = await fetch(`${bed.emulator.url}/_emulator/storage/temp-urls`, {
      method: 'POST',
      body: JSON.stringify({ fileList: [fileID] }),
      headers: caller,
    });
    const { fileList } = (await urls.json()) as { fileList: Array<{ tempFileURL: string; code: string }> };
    expect(fileList[0]?.code).toBe('SUCCESS');
    expect(Buffer.from(await (await fetch(fileList[0]?.tempFileURL ?? '')).arrayBuffer()).equals(JPEG)).toBe(true);

    const deleted = await fetch(`${bed.emulator.url}/_emulator/storage/delete`, {
      method: 'POST',
      body: JSON.stringify({ fileList: [fileID] }),
      headers: caller,
    });
    expect(((await deleted.json()) as { fileList: unknown[] }).fileList).toEqual([{ fileID, code: 'SUCCESS' }]);
  });

  it('answers limit violations with an error status and the error shape', async () => {
    const form = new FormData();
    form.append('cloudPath', 'reports/o-2/huge.jpg');
    form.append('file', new Blob([Buffer.concat([JPEG, Buffer.alloc(80 * 1024)])], { type: 'image/jpeg' }), 'huge.jpg');
    const response = await fetch(`${bed.emulator.url}/_emulator/storage/upload`, {
      method: 'POST',
      body: form,
      headers: { 'x-wx-openid': 'o-2' },
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'STORAGE_REQUEST_FAIL', message: expect.stringContaining('EntityTooLarge') });
  });
});

describe('storage on a data directory', () => {
  it('keeps files across restarts', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'emulator-storage-'));
    try {
      const first = await startTestBed({ dataDir });
      const { fileID } = await first.app.uploadFile({ cloudPath: 'photos/kept.png', fileContent: PNG });
      await first.emulator.stop();
      const second = await startTestBed({ dataDir });
      const downloaded = await second.app.downloadFile({ fileID });
      expect(Buffer.isBuffer(downloaded.fileContent) && downloaded.fileContent.equals(PNG)).toBe(true);
      await second.emulator.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
