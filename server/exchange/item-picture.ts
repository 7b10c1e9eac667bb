import { DomainError, failOnFields } from '../errors/domain-error';
import { PHOTO_EXTENSIONS, photoExtensionOf } from '../reports/photo-content';
import type { PhotoStore } from '../reports/report-media';

/** Where an officer uploads an item's picture: exchange/<openid>/… (database/storage-rules.json lets only them write there). */
export const itemPicturePrefix = (openid: string) => `exchange/${openid}/`;

/**
 * Checks an item's new picture: a file the caller uploaded under their own folder (FORBIDDEN
 * PHOTO_NOT_OWN), named and made as an image (VALIDATION PHOTO_NOT_IMAGE), of this environment
 * (PHOTO_OTHER_ENV) and there (PHOTO_MISSING). Field problems name `picture`. Storage: one request.
 */
export async function requireItemPicture(photos: PhotoStore, picture: string, openid: string): Promise<void> {
  const path = /^cloud:\/\/[^/]+\/(.+)$/.exec(picture)?.[1] ?? null;
  const prefix = itemPicturePrefix(openid);
  const clean =
    path !== null && path.startsWith(prefix) && path.length > prefix.length && !path.split('/').some((s) => ['', '.', '..'].includes(s));
  if (!clean) throw failOnFields('PHOTO_NOT_OWN', [{ path: 'picture', message: '只能使用本人上传到兑换目录的图片' }]);
  if (!(PHOTO_EXTENSIONS as readonly string[]).includes(photoExtensionOf(path))) {
    throw failOnFields('PHOTO_NOT_IMAGE', [{ path: 'picture', message: '只能使用图片（JPG、PNG、GIF、WebP 或 HEIC）' }]);
  }
  try {
    await photos.requireImages([picture]);
  } catch (error) {
    if (error instanceof DomainError && error.fields) {
      throw new DomainError(
        error.reason,
        error.message,
        error.fields.map((f) => ({ ...f, path: 'picture' })),
      );
    }
    throw error;
  }
}
