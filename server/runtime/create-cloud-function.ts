import { FunctionEvent, Reply } from '../../shared/contracts/reply';
import { Access } from '../access/access';
import { AppError } from './app-error';
import { callerFromContext } from './caller';
import type { RouteMap } from './route';
import { defaultServices, Services } from './services';
import { validationFailure } from './validation-failure';

export type CloudFunctionMain = (event: unknown, context: unknown) => Promise<Reply<unknown>>;

/**
 * A cloud function's `main`: parses the event with the action's contract, takes the caller from the
 * CloudBase context (never from the event), runs the handler and answers `{ ok, data }` or
 * `{ ok: false, code, message }`. It never throws: unexpected errors become INTERNAL.
 */
export function createCloudFunction(routes: RouteMap, overrides: Partial<Services> = {}): CloudFunctionMain {
  let services: Services | null = null;
  return async (event, context) => {
    const envelope = FunctionEvent.safeParse(event);
    if (!envelope.success) return validationFailure(envelope.error, '');
    const route = Object.prototype.hasOwnProperty.call(routes, envelope.data.action) ? routes[envelope.data.action] : undefined;
    if (!route) return { ok: false, code: 'UNKNOWN_ACTION', message: `没有这个操作：${envelope.data.action}` };
    const request = route.contract.request.safeParse(envelope.data.data ?? {});
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
        return { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' };
      }
      return { ok: true, data: checked.data };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, code: error.code, message: error.message, ...(error.reason ? { reason: error.reason } : {}), ...(error.fields ? { fields: error.fields } : {}) };
      }
      console.error(`[${route.contract.fn}.${route.contract.action}] failed`, error);
      return { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' };
    }
  };
}
