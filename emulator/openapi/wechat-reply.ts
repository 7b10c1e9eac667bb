import { randomBytes } from 'node:crypto';

/** A WeChat open-API reply: snake_case, errcode 0 on success. */
export type WechatReply = Record<string, unknown> & { errcode: number; errmsg: string };

export const ok = (rest: Record<string, unknown> = {}): WechatReply => ({ errcode: 0, errmsg: 'ok', ...rest });
export const fail = (errcode: number, errmsg: string): WechatReply => ({ errcode, errmsg });

/** Error codes of the WeChat open APIs the product uses. */
export const WECHAT_ERRORS = {
  INVALID_OPENID: 40003,
  INVALID_ARGUMENT: 47001,
  ARGUMENT_INVALID: 47003,
  USER_REFUSED: 43101,
  RISKY_CONTENT: 87014,
} as const;

export function traceId(): string {
  return `${randomBytes(8).toString('hex')}-${Date.now().toString(16)}`;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
