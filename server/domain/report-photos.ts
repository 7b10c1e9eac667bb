import { AppError, forbidden } from '../runtime/app-error';
import type { Services } from '../runtime/services';

/** Where the mini-program uploads a member's report photos: reports/<openid>/… */
export const reportPhotoPrefix = (openid: string) => `reports/${openid}/`;

/** The cloud path of a fileID (cloud://<env>.<bucket>/<path>), or null. */
function cloudPathOf(fileId: string): string | null {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
  return match ? match[1] : null;
}

/** Every photo must be one the caller uploaded under their own folder (no "..", no one else's files). */
export function requireOwnPhotos(photos: readonly string[], openid: string): void {
  const prefix = reportPhotoPrefix(openid);
  photos.forEach((fileId, i) => {
    const path = cloudPathOf(fileId);
    const clean = path !== null && path.startsWith(prefix) && path.length > prefix.length && !path.split('/').some((s) => s === '' || s === '.' || s === '..');
    if (!clean) throw forbidden(`photos.${i}: 只能使用本人上传的申报照片`, 'PHOTO_NOT_OWN');
  });
}

/**
 * Checks that the photos exist (one storage request for all) and starts WeChat's asynchronous image
 * check for each (security.mediaCheckAsync v2): the verdict arrives later, so it never blocks the
 * report; the trace ids are kept on the report (null where the call failed).
 */
export async function startPhotoChecks(services: Pick<Services, 'app' | 'openApi'>, openid: string, photos: readonly string[]): Promise<(string | null)[]> {
  if (photos.length === 0) return [];
  const { fileList } = await services.app.getTempFileURL({ fileList: photos.map((fileID) => ({ fileID, maxAge: 3600 })) });
  const urls = photos.map((fileId, i) => {
    const found = fileList.find((f) => f.fileID === fileId);
    if (!found || found.code !== 'SUCCESS' || !found.tempFileURL) {
      throw new AppError('VALIDATION', `photos.${i}: 照片不存在或已删除，请重新上传`, 'PHOTO_MISSING', [{ path: `photos.${i}`, message: '照片不存在或已删除，请重新上传' }]);
    }
    return found.tempFileURL;
  });
  return Promise.all(
    urls.map(async (mediaUrl) => {
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
