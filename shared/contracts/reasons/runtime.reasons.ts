import { defineReasons } from './define-reasons';

/** What the function runtime itself answers, for any action: these need no declaration. */
export const RUNTIME_REASONS = defineReasons({
  INVALID_REQUEST: { code: 'VALIDATION', message: '' },
  REQUEST_TOO_LARGE: { code: 'VALIDATION', message: '请求内容过大，未处理' },
  NOT_SIGNED_IN: { code: 'UNAUTHENTICATED', message: '请在微信中登录后再操作' },
  UNKNOWN_ACTION: { code: 'UNKNOWN_ACTION', message: '没有这个操作：{action}' },
  SERVICE_UNAVAILABLE: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' },
});

/** A field of the request that the handler (not the contract) found wrong; the fields say which and why. */
export const FIELD_REASONS = defineReasons({
  FIELD_INVALID: { code: 'VALIDATION', message: '' },
});
