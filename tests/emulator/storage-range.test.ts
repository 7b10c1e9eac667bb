import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestBed, TestBed } from './emulator-test-bed';

/** 1000 bytes whose value is their offset mod 256, so any slice is recognisable. */
const CONTENT = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

async function temporaryUrl(bed: TestBed, cloudPath: string): Promise<string> {
  const { fileID } = await bed.app.uploadFile({ cloudPath, fileContent: CONTENT });
  const { fileList } = await bed.app.getTempFileURL({ fileList: [fileID] });
  return fileList[0]?.tempFileURL ?? '';
}

async function get(url: string, range?: string, method = 'GET') {
  const response = await fetch(url, { method, headers: range ? { range } : {} });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe.each([
  ['in memory', undefined],
  ['on a data directory', 'disk'],
])('Range GET on temporary URLs, like COS (%s)', (_, kind) => {
  let bed: TestBed;
  let dataDir: string | undefined;
  beforeAll(async () => {
    dataDir = kind ? mkdtempSync(path.join(os.tmpdir(), 'emulator-range-')) : undefined;
    bed = await startTestBed(dataDir ? { dataDir } : {});
  });
  afterAll(async () => {
    await bed.emulator.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers bytes=first-last with 206, Content-Range and just those bytes', async () => {
    const url = await temporaryUrl(bed, 'photos/range-a.jpg');
    const head = await get(url, 'bytes=0-63');
    expect(head.status).toBe(206);
    expect(head.headers.get('content-range')).toBe('bytes 0-63/1000');
    expect(head.headers.get('content-length')).toBe('64');
    expect(head.headers.get('content-type')).toBe('image/jpeg');
    expect(head.body.equals(CONTENT.subarray(0, 64))).toBe(true);
    const middle = await get(url, 'bytes=500-509');
    expect(middle).toMatchObject({ status: 206 });
    expect(middle.body.equals(CONTENT.subarray(500, 510))).toBe(true);
  });

  it('clips the last byte to the object, and answers open and suffix ranges', async () => {
    const url = await temporaryUrl(bed, 'photos/range-b.jpg');
    const past = await get(url, 'bytes=990-5000');
    expect(past.headers.get('content-range')).toBe('bytes 990-999/1000');
    expect(past.body.equals(CONTENT.subarray(990))).toBe(true);
    expect((await get(url, 'bytes=995-')).body.equals(CONTENT.subarray(995))).toBe(true);
    const suffix = await get(url, 'bytes=-4');
    expect(suffix.headers.get('content-range')).toBe('bytes 996-999/1000');
    expect(suffix.body.equals(CONTENT.subarray(996))).toBe(true);
  });

  it('answers a first byte beyond the object with 416 and the object size', async () => {
    const url = await temporaryUrl(bed, 'photos/range-c.jpg');
    const beyond = await get(url, 'bytes=1000-1010');
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe('bytes */1000');
    expect(beyond.body.toString()).toContain('<Code>InvalidRange</Code>');
  });

  it('serves the whole object for several ranges or a malformed header (COS supports one range), and for HEAD', async () => {
    const url = await temporaryUrl(bed, 'photos/range-d.jpg');
    for (const range of ['bytes=0-1,5-6', 'bytes=9-3', 'items=0-1', undefined]) {
      const whole = await get(url, range);
      expect(whole.status).toBe(200);
      expect(whole.headers.get('accept-ranges')).toBe('bytes');
      expect(whole.body.equals(CONTENT)).toBe(true);
    }
    const head = await get(url, 'bytes=0-9', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('1000');
  });

  it('counts partial downloads as storage.downloadRange', async () => {
    const url = await temporaryUrl(bed, 'photos/range-e.jpg');
    bed.emulator.resetStats();
    await get(url, 'bytes=0-31');
    await get(url, 'bytes=0-31');
    await get(url);
    await get(url, 'bytes=0-1,4-5');
    expect(bed.emulator.stats().actions).toEqual({ 'storage.downloadRange': 2, 'storage.download': 2 });
  });
});
