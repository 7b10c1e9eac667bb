import type { CloudbaseApp } from '../../db/cloudbase';
import { fail } from '../../errors/domain-error';
import { imageTypeOf, PHOTO_HEAD_BYTES } from '../../reports/photo-content';
import { missingPhoto, notAnImage, photoOfOtherEnvironment } from '../../reports/photo-rules';
import type { PhotoStore } from '../../reports/report-media';
import { storageRootOf } from './storage-root';

/** How long the first bytes of a photo may take to arrive (the reports function has 10 s in all). */
const HEAD_TIMEOUT_MS = 5000;
/** How long a photo link handed out with a report works (a review session; the page asks again after). */
export const PHOTO_LINK_MAX_AGE_SECONDS = 2 * 3600;
/** CloudBase's getTempFileURL takes at most 50 files a call. */
const TEMP_URLS_PER_CALL = 50;

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

/** Report photos in CloudBase storage, through @cloudbase/node-sdk (the function acts as admin). */
export class CloudbasePhotoStore implements PhotoStore {
  constructor(private readonly app: CloudbaseApp) {}

  /**
   * Storage requests: 1 for all temporary URLs, then 1 Range GET of the first 64 bytes per photo, in
   * parallel — 4 for 3 photos; plus 1 on a cold instance to learn the storage root (storageRootOf).
   */
  async requireImages(photos: readonly string[]): Promise<string[]> {
    if (photos.length === 0) return [];
    const root = await storageRootOf(this.app);
    photos.forEach((fileId, i) => {
      if (!fileId.startsWith(root)) throw photoOfOtherEnvironment(i);
    });
    const { fileList } = await this.app.getTempFileURL({ fileList: photos.map((fileID) => ({ fileID, maxAge: 3600 })) });
    const urls = photos.map((fileId, i) => {
      const found = fileList.find((f) => f.fileID === fileId);
      if (!found || found.code !== 'SUCCESS' || !found.tempFileURL) throw missingPhoto(i);
      return found.tempFileURL;
    });
    const heads = await Promise.all(urls.map(headOf));
    heads.forEach((head, i) => {
      if (head === null) throw missingPhoto(i);
      if (imageTypeOf(head) === null) throw notAnImage(i);
    });
    return urls;
  }

  /** One storage request per 50 photos, in parallel; a missing file maps to null. */
  async links(fileIds: readonly string[]): Promise<Map<string, string | null>> {
    const unique = [...new Set(fileIds)];
    const links = new Map<string, string | null>();
    const batches: string[][] = [];
    for (let i = 0; i < unique.length; i += TEMP_URLS_PER_CALL) batches.push(unique.slice(i, i + TEMP_URLS_PER_CALL));
    await Promise.all(
      batches.map(async (batch) => {
        const { fileList } = await this.app.getTempFileURL({
          fileList: batch.map((fileID) => ({ fileID, maxAge: PHOTO_LINK_MAX_AGE_SECONDS })),
        });
        for (const fileId of batch) {
          const found = fileList.find((f) => f.fileID === fileId);
          links.set(fileId, found && found.code === 'SUCCESS' && found.tempFileURL ? found.tempFileURL : null);
        }
      }),
    );
    return links;
  }
}
