import { DomainError, fail, failOnFields } from '../../errors/domain-error';
import type { Services } from '../../runtime/services';
import { imageTypeOf, PHOTO_EXTENSIONS, photoExtensionOf, PHOTO_HEAD_BYTES } from './photo-content';
import { storageRootOf } from './storage-root';

/** Where the mini-program uploads a member's report photos: reports/<openid>/… */
export const reportPhotoPrefix = (openid: string) => `reports/${openid}/`;

/** How long the first bytes of a photo may take to arrive (the reports function has 10 s in all). */
const HEAD_TIMEOUT_MS = 5000;

/** The cloud path of a fileID (cloud://<env>.<bucket>/<path>), or null. */
function cloudPathOf(fileId: string): string | null {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
  return match ? match[1] : null;
}

function photoInvalid(i: number, reason: 'PHOTO_NOT_IMAGE' | 'PHOTO_MISSING', message: string): DomainError {
  return failOnFields(reason, [{ path: `photos.${i}`, message }]);
}

const notAnImage = (i: number) => photoInvalid(i, 'PHOTO_NOT_IMAGE', '只能使用照片（JPG、PNG、GIF、WebP 或 HEIC 图片），请重新上传');
const missing = (i: number) => photoInvalid(i, 'PHOTO_MISSING', '照片不存在或已删除，请重新上传');

/**
 * Checks that need no request: every photo is one the caller uploaded under their own folder (no "..",
 * no one else's files) — FORBIDDEN PHOTO_NOT_OWN — and is named as an image (its temporary URL is served
 * with the type its name gives) — VALIDATION PHOTO_NOT_IMAGE.
 */
export function requireOwnPhotos(photos: readonly string[], openid: string): void {
  const prefix = reportPhotoPrefix(openid);
  const paths = photos.map((fileId, i) => {
    const path = cloudPathOf(fileId);
    const clean =
      path !== null &&
      path.startsWith(prefix) &&
      path.length > prefix.length &&
      !path.split('/').some((s) => s === '' || s === '.' || s === '..');
    if (!clean) throw failOnFields('PHOTO_NOT_OWN', [{ path: `photos.${i}`, message: '只能使用本人上传的申报照片' }]);
    return path;
  });
  paths.forEach((path, i) => {
    if (!(PHOTO_EXTENSIONS as readonly string[]).includes(photoExtensionOf(path))) throw notAnImage(i);
  });
}

/**
 * The first `PHOTO_HEAD_BYTES` of a file behind a temporary URL: a Range GET (COS answers 206 with just
 * those bytes); should a server answer 200 with everything, reading stops there all the same. null when
 * the file is gone.
 */
async function headOf(url: string): Promise<Uint8Array | null> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { range: `bytes=0-${PHOTO_HEAD_BYTES - 1}` }, signal: AbortSignal.timeout(HEAD_TIMEOUT_MS) });
  } catch (error) {
    console.warn('[reports] reading the first bytes of a photo failed', error);
    throw fail('PHOTO_UNREADABLE');
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (response.status === 416) {
    await response.body?.cancel();
    return new Uint8Array(0); // an empty file
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    console.warn(`[reports] reading the first bytes of a photo answered HTTP ${response.status}`);
    throw fail('PHOTO_UNREADABLE');
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < PHOTO_HEAD_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const head = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    head.set(chunk, at);
    at += chunk.length;
  }
  return head.subarray(0, PHOTO_HEAD_BYTES);
}

/**
 * Checks that the photos are files of this environment's storage (FORBIDDEN PHOTO_OTHER_ENV: another
 * environment's or bucket's), that they exist (VALIDATION PHOTO_MISSING) and that their bytes are an
 * image (VALIDATION PHOTO_NOT_IMAGE), and returns their temporary URLs (1 hour) for the image checks.
 *
 * Storage requests: 1 for all temporary URLs, then 1 Range GET of the first 64 bytes per photo, in
 * parallel — 4 for 3 photos; plus 1 on a cold instance to learn the storage root (storageRootOf).
 */
export async function requireStoredImages(services: Pick<Services, 'app'>, photos: readonly string[]): Promise<string[]> {
  if (photos.length === 0) return [];
  const root = await storageRootOf(services.app);
  photos.forEach((fileId, i) => {
    if (!fileId.startsWith(root))
      throw failOnFields('PHOTO_OTHER_ENV', [{ path: `photos.${i}`, message: '照片不在本小程序的云存储中，请重新上传' }]);
  });
  const { fileList } = await services.app.getTempFileURL({ fileList: photos.map((fileID) => ({ fileID, maxAge: 3600 })) });
  const urls = photos.map((fileId, i) => {
    const found = fileList.find((f) => f.fileID === fileId);
    if (!found || found.code !== 'SUCCESS' || !found.tempFileURL) throw missing(i);
    return found.tempFileURL;
  });
  const heads = await Promise.all(urls.map(headOf));
  heads.forEach((head, i) => {
    if (head === null) throw missing(i);
    if (imageTypeOf(head) === null) throw notAnImage(i);
  });
  return urls;
}

/**
 * Starts WeChat's asynchronous image check for each photo (security.mediaCheckAsync v2, by its
 * temporary URL): the verdict arrives later, so it never blocks the report; the trace ids are kept on
 * the report (null where the call failed).
 */
export async function startPhotoChecks(
  services: Pick<Services, 'openApi'>,
  openid: string,
  mediaUrls: readonly string[],
): Promise<(string | null)[]> {
  return Promise.all(
    mediaUrls.map(async (mediaUrl) => {
      try {
        const reply = await services.openApi.security.mediaCheckAsync({ openid, scene: 1, version: 2, mediaUrl, mediaType: 2 });
        return reply.traceId ?? null;
      } catch (error) {
        console.warn('[reports] mediaCheckAsync failed; the report is kept without a trace id', error);
        return null;
      }
    }),
  );
}
