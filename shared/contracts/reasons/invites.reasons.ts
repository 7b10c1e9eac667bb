import { defineReasons } from './define-reasons';

/** Invite codes (org function). */
export const INVITE_REASONS = defineReasons({
  INVITE_NOT_FOUND: { code: 'NOT_FOUND', message: '邀请码不正确，{hint}' },
  INVITE_USED: { code: 'CONFLICT', message: '该邀请码已被使用；如需重新绑定，请向书记索取新的邀请码' },
  INVITE_VOIDED: { code: 'EXPIRED', message: '该邀请码已作废，请向书记索取最新的邀请码' },
  INVITE_EXPIRED: { code: 'EXPIRED', message: '邀请码已过期，请向书记重新索取' },
  TOO_MANY_ATTEMPTS: { code: 'FORBIDDEN', message: '{who}，请 {wait}后再试' },
});
