import type { ErrorCode, FieldProblem } from '../shared/index';

/**
 * Failures the client itself finds: the request never reached a function (NETWORK: OFFLINE when the
 * phone has no network, UNREACHABLE otherwise) or its reply did not match the contract (BAD_REPLY).
 */
export type ClientErrorCode = 'NETWORK' | 'BAD_REPLY';

/** A failed call, whoever found it: the function (its code, reason and Chinese message) or the client. */
export interface CallFailure {
  ok: false;
  code: ErrorCode | ClientErrorCode;
  /** Narrows the code: the contract's declared reasons, or OFFLINE / UNREACHABLE / REPLY_UNREADABLE / UPLOAD_REFUSED. */
  reason: string;
  /** Chinese, for people; it says what to do next. */
  message: string;
  /** VALIDATION: each invalid field, by the request's path ("data.code"). */
  fields: FieldProblem[];
  /** A refusal that holds for a while (TOO_MANY_ATTEMPTS): seconds until trying again can succeed. */
  retryAfterSeconds?: number;
}

export type CallResult<T> = { ok: true; data: T } | CallFailure;

export const OFFLINE_MESSAGE = '手机没有连上网络。请打开移动数据或连上无线网络，再点“重试”。';
export const UNREACHABLE_MESSAGE = '暂时连不上服务器，可能是网络信号弱。请换个信号好的地方，稍后点“重试”。';
export const UPLOAD_REFUSED_MESSAGE = '照片没有传上去：服务器不接受这个文件。请换一张照片再试；还不行请告诉书记。';
export const BAD_REPLY_MESSAGE = '服务器的答复看不懂，可能是小程序版本太旧。请关掉小程序重新打开；还不行请告诉书记。';

export function failure(code: CallFailure['code'], reason: string, message: string, fields: FieldProblem[] = []): CallFailure {
  return { ok: false, code, reason, message, fields };
}

/** The network failed (no reply at all): pages show their offline state for these. */
export function isNetworkFailure(result: CallResult<unknown>): boolean {
  return !result.ok && result.code === 'NETWORK';
}

/**
 * What to do next, added where a message does not say it itself ("请…"): every failure a page shows
 * ends in an instruction.
 */
const NEXT_STEP: Partial<Record<CallFailure['code'], string>> = {
  NOT_FOUND: '请返回首页后再试。',
  FORBIDDEN: '如有疑问，请联系支部书记。',
  CONFLICT: '请返回首页查看最新情况。',
  EXPIRED: '请联系支部书记。',
  PERIOD_CLOSED: '如有疑问，请联系支部书记。',
  INTERNAL: '请稍后点“重试”。',
  UNKNOWN_ACTION: '请关掉小程序重新打开。',
};

export function withNextStep(result: CallFailure): CallFailure {
  if (/请/.test(result.message)) return result;
  const next = NEXT_STEP[result.code] ?? '请稍后再试；还不行请告诉书记。';
  const message = result.message.replace(/[。.]?\s*$/, '');
  return { ...result, message: message ? `${message}。${next}` : next };
}
