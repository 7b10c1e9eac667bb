import { z } from 'zod';
import { DocId, FileId, IdempotencyKey, Text } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';
import { AppealView } from './publication-view.schema';

export const MAX_APPEAL_PHOTOS = 9;

/** A member objects to a publication in writing (异议), with optional photos, while appeals are open. */
export const fileAppeal = defineContract({
  fn: 'publications',
  action: 'fileAppeal',
  summary: '对本期公示提出异议（书面理由，可附照片）',
  roles: '公示名单中的党员本人，异议期内',
  audience: 'signedIn',
  request: z
    .object({
      publicationId: DocId,
      reason: Text({ min: 2, max: 500, empty: '请写明异议的理由', tooLong: '异议理由最多 500 字' }),
      photos: z
        .array(FileId)
        .max(MAX_APPEAL_PHOTOS, `最多 ${MAX_APPEAL_PHOTOS} 张照片`)
        .default([])
        .refine((photos) => new Set(photos).size === photos.length, '同一张照片只能上传一次'),
      idempotencyKey: IdempotencyKey,
    })
    .strict(),
  response: AppealView,
  reasons: [
    'PUBLICATION_NOT_FOUND',
    ...BRANCH_ROLE,
    'NOT_ON_BOARD',
    'PUBLICATION_FINAL',
    'APPEAL_WINDOW_CLOSED',
    'IDEMPOTENCY_KEY_REUSED',
    'PHOTO_NOT_OWN',
    'PHOTO_NOT_IMAGE',
    'PHOTO_OTHER_ENV',
    'PHOTO_MISSING',
    'PHOTO_UNREADABLE',
    'TEXT_RISKY',
    'CONTENT_CHECK_UNAVAILABLE',
  ],
});
