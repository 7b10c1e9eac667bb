import { DomainError, failOnFields } from '../errors/domain-error';
import { PHOTO_EXTENSIONS, photoExtensionOf } from './photo-content';

/** Where the mini-program uploads a member's report photos: reports/<openid>/… */
export const reportPhotoPrefix = (openid: string) => `reports/${openid}/`;

/** The cloud path of a fileID (cloud://<env>.<bucket>/<path>), or null. */
function cloudPathOf(fileId: string): string | null {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
  return match ? match[1] : null;
}

function photoInvalid(i: number, reason: 'PHOTO_NOT_IMAGE' | 'PHOTO_MISSING', message: string): DomainError {
  return failOnFields(reason, [{ path: `photos.${i}`, message }]);
}

export const notAnImage = (i: number) => photoInvalid(i, 'PHOTO_NOT_IMAGE', '只能使用照片（JPG、PNG、GIF、WebP 或 HEIC 图片），请重新上传');
export const missingPhoto = (i: number) => photoInvalid(i, 'PHOTO_MISSING', '照片不存在或已删除，请重新上传');
export const photoOfOtherEnvironment = (i: number) =>
  failOnFields('PHOTO_OTHER_ENV', [{ path: `photos.${i}`, message: '照片不在本小程序的云存储中，请重新上传' }]);

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
