import tcb from '@cloudbase/node-sdk';
import { randomBytes } from 'node:crypto';
import { sdkConfig } from '../../../emulator';
import { imageTypeOf } from '../../../server/reports/photo-content';
import { storageRootOf } from '../../../server/adapters/storage/storage-root';
import { submitReport } from '../../../shared/contracts/reports/submit-report.schema';
import { startBackend, useBackend } from '../../support/backend';
import { PEOPLE } from '../../support/world';
import { allDocs, fixedClock, newKey, NOW, PNG } from './report-fixtures';

const bytes = (...parts: Array<string | number[] | Buffer>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

/** An ISO-BMFF ftyp box (size, "ftyp", major brand, minor version, compatible brands) and what follows it. */
function isoMedia(major: string, compatible: string[], rest: Buffer = Buffer.alloc(256, 3)): Buffer {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 40], 'meta', rest);
}

/** The first bytes of files as phones (and others) write them, padded to a realistic size. */
const FILES = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x18], 'Exif', [0, 0], Buffer.alloc(2048, 9)),
  png: PNG,
  gif: bytes('GIF89a', [0x01, 0, 0x01, 0, 0x80, 0, 0], Buffer.alloc(64, 1)),
  webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBP', 'VP8 ', [0x18, 0, 0, 0], Buffer.alloc(512, 2)),
  iphoneHeic: isoMedia('heic', ['mif1', 'MiHE', 'miaf', 'MiHB', 'heic']),
  heifWithHevc: isoMedia('mif1', ['mif1', 'heic']),
  mp4Video: isoMedia('isom', ['isom', 'iso2', 'avc1', 'mp41']),
  avif: isoMedia('avif', ['avif', 'mif1', 'miaf']),
  text: Buffer.from('这是一段文字，不是照片\n'),
  html: Buffer.from('<html><body>not an image</body></html>'),
  empty: Buffer.alloc(0),
};

describe('the photo content check (first bytes)', () => {
  it.each([
    ['jpeg', 'jpeg', FILES.jpeg],
    ['png', 'png', FILES.png],
    ['gif', 'gif', FILES.gif],
    ['webp', 'webp', FILES.webp],
    ['an iPhone HEIC', 'heic', FILES.iphoneHeic],
    ['a HEIF declaring HEVC images', 'heic', FILES.heifWithHevc],
    ['an MP4 video', null, FILES.mp4Video],
    ['an AVIF', null, FILES.avif],
    ['text', null, FILES.text],
    ['html', null, FILES.html],
    ['nothing', null, FILES.empty],
  ])('%s → %s', (_, type, content) => {
    expect(imageTypeOf(content.subarray(0, 64))).toBe(type);
  });
});

describe('reports.submitReport: photos are checked by content and by storage, not by path alone', () => {
  const backend = useBackend({ now: fixedClock, world: NOW });

  const member = () => backend.as(PEOPLE.memberA);
  /** Uploads as the member, through the mini-program's storage transport (held to the storage rules). */
  const upload = (content: Buffer, extension: string, contentType = 'application/octet-stream') =>
    member().upload(`reports/${PEOPLE.memberA}/${randomBytes(4).toString('hex')}.${extension}`, content, contentType);
  const honor = (photos: string[]) => ({
    itemCode: 'bonus.honor',
    date: '2026-03-10',
    description: '获县级优秀党员表彰',
    photos,
    level: 'county',
    idempotencyKey: newKey(),
  });
  const reportCount = async () => (await allDocs(backend, 'reports', { openid: PEOPLE.memberA })).length;

  /** Submits and expects a refusal that wrote nothing and started no image check. */
  async function refused(photos: string[]) {
    const before = await reportCount();
    backend.emulator.clearOutbox();
    const reply = await member().call(submitReport, honor(photos));
    expect(reply.ok).toBe(false);
    expect(await reportCount()).toBe(before);
    expect(backend.emulator.outbox('security.mediaCheckAsync')).toEqual([]);
    return reply;
  }

  it('accepts the images phones produce (JPEG, PNG, GIF, WebP, HEIC) and hands their temporary URLs to the image check', async () => {
    const photos = [
      await upload(FILES.jpeg, 'jpg', 'image/jpeg'),
      await upload(FILES.png, 'png', 'image/png'),
      await upload(FILES.gif, 'gif', 'image/gif'),
      await upload(FILES.webp, 'webp', 'image/webp'),
      await upload(FILES.iphoneHeic, 'heic', 'image/heic'),
      await upload(FILES.heifWithHevc, 'HEIC', 'image/heic'),
    ];
    backend.emulator.clearOutbox();
    const report = await member().ok(submitReport, honor(photos));
    expect(report.photos).toEqual(photos.map((fileId) => ({ fileId, url: expect.stringContaining('sign=') })));
    const checks = backend.emulator.outbox('security.mediaCheckAsync');
    expect(checks).toHaveLength(6);
    for (const [i, check] of checks.entries()) {
      expect(check.request).toMatchObject({ media_type: 2, openid: PEOPLE.memberA, scene: 1, version: 2 });
      expect(String(check.request['media_url'])).toContain(`/reports/${PEOPLE.memberA}/${photos[i]?.split('/').pop()}`);
    }
  });

  it('refuses a .txt in the member’s own folder without reading it (VALIDATION PHOTO_NOT_IMAGE on photos.<i>)', async () => {
    const good = await upload(FILES.png, 'png');
    const note = await upload(FILES.text, 'txt', 'text/plain');
    backend.emulator.resetStats();
    const reply = await refused([good, note]);
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION', reason: 'PHOTO_NOT_IMAGE', fields: [{ path: 'photos.1' }] });
    expect(reply.ok ? '' : reply.message).toMatch(/^photos\.1: /);
    expect(Object.keys(backend.emulator.stats().actions).filter((action) => action.startsWith('storage.'))).toEqual([]);
  });

  it.each([
    ['a ".png" that holds text', () => upload(FILES.html, 'png', 'image/png')],
    ['an MP4 video named ".heic"', () => upload(FILES.mp4Video, 'heic', 'image/heic')],
    ['an AVIF named ".heic"', () => upload(FILES.avif, 'heic', 'image/heic')],
    ['an empty ".jpg"', () => upload(FILES.empty, 'jpg', 'image/jpeg')],
  ])('refuses %s by its bytes (VALIDATION PHOTO_NOT_IMAGE)', async (_, make) => {
    const photos = [await upload(FILES.jpeg, 'jpg'), await make()];
    const reply = await refused(photos);
    expect(reply).toMatchObject({ ok: false, code: 'VALIDATION', reason: 'PHOTO_NOT_IMAGE', fields: [{ path: 'photos.1' }] });
    expect(reply.ok ? '' : reply.message).toMatch(/^photos\.1: .*图片/);
  });

  it('refuses a fileID of another environment or another bucket (FORBIDDEN PHOTO_OTHER_ENV), even at the member’s own path', async () => {
    const own = await upload(FILES.png, 'png');
    const [, envAndBucket, path] = /^cloud:\/\/([^/]+)\/(.+)$/.exec(own) ?? [];
    expect(envAndBucket).toBe(`${backend.emulator.envId}.656d-${backend.emulator.envId}-1250000000`);
    const otherEnv = `cloud://prod-9xyz.7072-prod-9xyz-1307000000/${path}`;
    const otherBucket = `cloud://${backend.emulator.envId}.656d-${backend.emulator.envId}-1399999999/${path}`;
    for (const photos of [[otherEnv], [own, otherBucket]]) {
      const reply = await refused(photos);
      const i = photos.length - 1;
      expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'PHOTO_OTHER_ENV' });
      expect(reply.ok ? '' : reply.message).toMatch(new RegExp(`^photos\\.${i}: `));
    }
  });

  it('still refuses someone else’s folder first (FORBIDDEN PHOTO_NOT_OWN) and a deleted photo (VALIDATION PHOTO_MISSING)', async () => {
    const others = await backend.as(PEOPLE.memberA2).upload(`reports/${PEOPLE.memberA2}/x.png`, FILES.png, 'image/png');
    expect(await refused([others])).toMatchObject({ code: 'FORBIDDEN', reason: 'PHOTO_NOT_OWN' });
    const gone = await upload(FILES.png, 'png');
    const deleted = await fetch(`${backend.emulator.url}/_emulator/storage/delete`, {
      method: 'POST',
      body: JSON.stringify({ fileList: [gone] }),
      headers: { 'x-wx-openid': PEOPLE.memberA },
    });
    expect(((await deleted.json()) as { fileList: Array<{ code: string }> }).fileList[0]?.code).toBe('SUCCESS');
    expect(await refused([await upload(FILES.png, 'png'), gone])).toMatchObject({
      code: 'VALIDATION',
      reason: 'PHOTO_MISSING',
      fields: [{ path: 'photos.1' }],
    });
  });

  it('reads only the first bytes: a submit with 3 photos makes 4 storage requests on a warm instance (temporary URLs + 3 Range GETs)', async () => {
    const big = Buffer.concat([FILES.jpeg, Buffer.alloc(2 * 1024 * 1024, 5)]);
    const three = async () => [await upload(big, 'jpg'), await upload(big, 'jpg'), await upload(big, 'jpg')];
    await member().ok(submitReport, honor(await three())); // warms the instance (the storage root is learned once)
    const photos = await three();
    backend.emulator.resetStats();
    await member().ok(submitReport, honor(photos));
    const { actions } = backend.emulator.stats();
    const storage = Object.fromEntries(Object.entries(actions).filter(([action]) => action.startsWith('storage.')));
    expect(storage).toEqual({ 'storage.batchGetDownloadUrl': 1, 'storage.downloadRange': 3 });
    const database = Object.entries(actions)
      .filter(([action]) => action.startsWith('database.'))
      .reduce((sum, [, n]) => sum + n, 0);
    expect(database).toBeLessThanOrEqual(4);
  });
});

describe('the storage root', () => {
  it('is learned from the storage service once per app instance (one request, shared by concurrent callers)', async () => {
    const backend = await startBackend();
    try {
      const app = tcb.init(sdkConfig(backend.emulator));
      backend.emulator.resetStats();
      const roots = await Promise.all([storageRootOf(app), storageRootOf(app), storageRootOf(app)]);
      expect(await storageRootOf(app)).toBe(roots[0]);
      expect(new Set(roots)).toEqual(new Set([`cloud://${backend.emulator.envId}.656d-${backend.emulator.envId}-1250000000/`]));
      expect(backend.emulator.stats().actions).toEqual({ 'storage.getUploadMetadata': 1 });
      const { fileID } = await app.uploadFile({ cloudPath: 'reports/o-x/a.png', fileContent: PNG });
      expect(fileID.startsWith(roots[0] as string)).toBe(true);
    } finally {
      await backend.stop();
    }
  });
});
