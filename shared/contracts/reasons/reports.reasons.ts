import { defineReasons } from './define-reasons';

/** Reports, their photos and text, and reviewing them (reports function). */
export const REPORT_REASONS = defineReasons({
  REPORT_NOT_FOUND: { code: 'NOT_FOUND', message: '申报不存在' },
  CALLER_EXEMPT: { code: 'FORBIDDEN', message: '您已不纳入积分管理，无需申报' },
  REPORT_NOT_OWN: { code: 'FORBIDDEN', message: '只能撤回本人的申报' },
  REPORT_ALREADY_REVIEWED: { code: 'CONFLICT', message: '该申报已{status}，不能再{action}' },
  IDEMPOTENCY_KEY_REUSED: { code: 'CONFLICT', message: '该幂等键已用于另一{what}，请重新提交' },
  ITEM_RECORDER_ONLY: { code: 'FORBIDDEN', message: '“{item}”由记分员或书记录入，党员不能自行申报' },
  SELF_REVIEW: { code: 'FORBIDDEN', message: '不能审核本人的申报，请由支部其他记分员或书记审核' },
  TEXT_RISKY: { code: 'CONTENT_REJECTED', message: '申报说明含有不适宜发布的内容，请修改后再提交' },
  CONTENT_CHECK_UNAVAILABLE: { code: 'INTERNAL', message: '内容安全检查暂时不可用，请稍后再试' },
  PHOTO_NOT_OWN: { code: 'FORBIDDEN', message: '只能使用本人上传的申报照片' },
  PHOTO_OTHER_ENV: { code: 'FORBIDDEN', message: '照片不在本小程序的云存储中，请重新上传' },
  PHOTO_NOT_IMAGE: { code: 'VALIDATION', message: '' },
  PHOTO_MISSING: { code: 'VALIDATION', message: '' },
  PHOTO_UNREADABLE: { code: 'INTERNAL', message: '照片暂时无法读取，请稍后再试' },
});
