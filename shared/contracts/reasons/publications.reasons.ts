import { defineReasons } from './define-reasons';

/** Publications (公示), appeals (异议), sign-offs and seals (publications function). */
export const PUBLICATION_REASONS = defineReasons({
  PUBLICATION_NOT_FOUND: { code: 'NOT_FOUND', message: '没有这次公示' },
  PERIOD_NOT_OVER: { code: 'CONFLICT', message: '{label}尚未结束，结束后才能公示' },
  REPORTS_PENDING: { code: 'CONFLICT', message: '{label}还有 {count} 条申报待审核，请审核后再公示' },
  PUBLICATION_WINDOW_OPEN: { code: 'CONFLICT', message: '公示期到 {until} 结束，结束后才能定稿' },
  APPEALS_OPEN: { code: 'CONFLICT', message: '还有 {count} 条异议未答复，答复后才能定稿' },
  PUBLICATION_FINAL: { code: 'CONFLICT', message: '{label}的公示已经定稿，以后的更正记入下一期' },
  APPEAL_WINDOW_CLOSED: { code: 'EXPIRED', message: '提出异议的期限已于 {until} 结束' },
  NOT_ON_BOARD: { code: 'FORBIDDEN', message: '您不在这次公示的名单中' },
  APPEAL_NOT_FOUND: { code: 'NOT_FOUND', message: '没有这条异议' },
  APPEAL_ANSWERED: { code: 'CONFLICT', message: '该异议已经答复过' },
  SELF_ANSWER: { code: 'FORBIDDEN', message: '不能答复本人的异议，请由支部其他负责人或上级党委答复' },
  CONFIRMATION_NOT_USED: { code: 'CONFLICT', message: '本支部的积分方案不要求党员签字确认' },
});
