import { DEFAULT_REQUEST_LIMITS } from '../../shared/contracts/define-contract';
import { Failure, FunctionEvent, Reply } from '../../shared/contracts/reply';
import { safeParseZh } from '../../shared/validation';
import { Access } from '../access/access';
import { AppError } from './app-error';
import { callerFromContext } from './caller';
import { oversize } from './request-size';
import type { RouteMap } from './route';
import { defaultServices, Services } from './services';
import { fieldsFailure, validationFailure } from './validation-failure';

export type CloudFunctionMain = (event: unknown, context: unknown) => Promise<Reply<unknown>>;

const INTERNAL: Failure = { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' };

/** The reply for an error a handler threw on purpose; VALIDATION field lists are bounded like the contract's own. */
function appErrorReply(error: AppError): Failure {
  if (error.code === 'VALIDATION' && error.fields) return fieldsFailure(error.fields, error.reason, error.message);
  return {
    ok: false,
    code: error.code,
    message: error.message,
    ...(error.reason ? { reason: error.reason } : {}),
    ...(error.fields ? { fields: error.fields } : {}),
  };
}

/**
 * A cloud function's `main`: bounds and parses the event with the action's contract (messages in
 * Chinese), takes the caller from the CloudBase context (never from the event: the `userInfo` the
 * platform adds is ignored), runs the handler and answers `{ ok, data }` or `{ ok: false, code, message }`.
 * It never throws: unexpected errors become INTERNAL.
 */
export function createCloudFunction(routes: RouteMap, overrides: Partial<Services> = {}): CloudFunctionMain {
  let services: Services | null = null;
  return async (event, context) => {
    const envelope = safeParseZh(FunctionEvent, event);
    if (!envelope.success) return validationFailure(envelope.error, '');
    const route = Object.prototype.hasOwnProperty.call(routes, envelope.data.action) ? routes[envelope.data.action] : undefined;
    if (!route) return { ok: false, code: 'UNKNOWN_ACTION', message: `没有这个操作：${envelope.data.action}` };
    const limits = route.contract.limits ?? DEFAULT_REQUEST_LIMITS;
    const tooLarge = oversize(envelope.data.data, limits);
    if (tooLarge) {
      const what = tooLarge.limit === 'bytes' ? `超过 ${Math.round(tooLarge.bound / 1024)} KB` : `超过 ${tooLarge.bound} 项`;
      return fieldsFailure([{ path: 'data', message: `请求内容过大（${what}），未处理` }], 'REQUEST_TOO_LARGE');
    }
    const request = safeParseZh(route.contract.request, envelope.data.data ?? {});
    if (!request.success) return validationFailure(request.error, 'data.');
    const caller = callerFromContext(context);
    if (route.contract.audience === 'signedIn' && !caller.openid) {
      return { ok: false, code: 'UNAUTHENTICATED', message: '请在微信中登录后再操作' };
    }
    try {
      services ??= defaultServices(overrides);
      const now = services.now();
      const access = new Access(services.db, caller.openid);
      const data = await route.handler(request.data, { caller, openid: caller.openid ?? '', now, services, access });
      const checked = route.contract.response.safeParse(data);
      if (!checked.success) {
        console.error(`[${route.contract.fn}.${route.contract.action}] response does not match its contract`, checked.error.issues);
        return INTERNAL;
      }
      return { ok: true, data: checked.data };
    } catch (error) {
      if (error instanceof AppError) return appErrorReply(error);
      console.error(`[${route.contract.fn}.${route.contract.action}] failed`, error);
      return INTERNAL;
    }
  };
}
