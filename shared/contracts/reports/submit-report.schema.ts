import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_YEAR, ENTRY_FIELDS, OPEN_DATE, OWN_MEMBER } from '../reasons/groups';
import { DocId, FileId, IdempotencyKey, LocalDate, Text } from '../common.schema';
import { EntryFieldsRequest, EntryItemCode } from './entry-fields.schema';
import { ReportView } from './report-view.schema';

export const MAX_REPORT_PHOTOS = 9;

/** A member reports an item with a description and photos (uploaded first under reports/<openid>/). */
export const submitReport = defineContract({
  fn: 'reports',
  action: 'submitReport',
  summary: '党员申报积分项目（说明与照片），等待记分员或书记审核',
  roles: '已绑定的党员本人（在多个支部有身份时指明 memberId）',
  audience: 'signedIn',
  request: z
    .object({
      memberId: DocId.optional(),
      itemCode: EntryItemCode,
      date: LocalDate,
      description: Text({ max: 500, empty: '请填写申报说明', tooLong: '申报说明最多 500 字' }),
      photos: z
        .array(FileId)
        .max(MAX_REPORT_PHOTOS, `最多 ${MAX_REPORT_PHOTOS} 张照片`)
        .default([])
        .refine((photos) => new Set(photos).size === photos.length, '同一张照片只能上传一次'),
      ...EntryFieldsRequest,
      idempotencyKey: IdempotencyKey,
    })
    .strict(),
  response: ReportView,
  reasons: [
    ...OWN_MEMBER,
    'IDEMPOTENCY_KEY_REUSED',
    'CALLER_EXEMPT',
    'PHOTO_NOT_OWN',
    'PHOTO_NOT_IMAGE',
    ...BRANCH_YEAR,
    ...ENTRY_FIELDS,
    'ITEM_RECORDER_ONLY',
    ...OPEN_DATE,
    'TEXT_RISKY',
    'CONTENT_CHECK_UNAVAILABLE',
    'PHOTO_OTHER_ENV',
    'PHOTO_MISSING',
    'PHOTO_UNREADABLE',
  ],
});
