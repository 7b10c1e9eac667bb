import type { Contract } from '../../shared/contracts/define-contract';
import { DEFAULT_REQUEST_LIMITS } from '../../shared/contracts/define-contract';
import { Reason, REASONS, reasonMessage, RUNTIME_REASON_NAMES } from '../../shared/contracts/reasons';
import { Failure, FunctionEvent, Reply } from '../../shared/contracts/reply';
import { safeParseZh } from '../../shared/validation';
import { Access } from '../access/access';
import { DomainError } from '../errors/domain-error';
import { repositoriesOf } from '../repositories';
import { callerFromContext } from './caller';
import { oversize } from './request-size';
import type { RouteMap } from './route';
import { defaultServices, Services } from './services';
import { fieldsFailure, validationFailure } from './validation-failure';

export type CloudFunctionMain = (event: unknown, context: unknown) => Promise<Reply<unknown>>;

/** A reply for one of the runtime's own reasons. */
function failure(reason: Reason, params?: Record<string, string | number>): Failure {
  return { ok: false, code: REASONS[reason].code, reason, message: reasonMessage(reason, params as never) };
}

/**
 * The reply for a failure a handler raised on purpose. Only reasons the action's contract declares are
 * answered: any other is a mistake in the code, logged and answered SERVICE_UNAVAILABLE, so that no
 * page meets a reason its contract does not promise.
 */
function domainErrorReply(contract: Contract, error: DomainError): Failure {
  const declared =
    contract.reasons === undefined || contract.reasons.includes(error.reason) || RUNTIME_REASON_NAMES.includes(error.reason as never);
  if (!declared) {
    console.error(`[${contract.fn}.${contract.action}] answered reason ${error.reason}, which its contract does not declare`);
    return failure('SERVICE_UNAVAILABLE');
  }
  if (error.fields) {
    if (error.code === 'VALIDATION') return fieldsFailure(error.fields, error.reason, error.message || undefined);
    // A refusal the page marks on a field: the message names the field, as a VALIDATION's does.
    return { ...fieldsFailure(error.fields, error.reason), code: error.code };
  }
  return {
    ok: false,
    code: error.code,
    reason: error.reason,
    message: error.message,
    ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
  };
}

/**
 * A cloud function's `main`: bounds and parses the event with the action's contract (messages in
 * Chinese), takes the caller from the CloudBase context (never from the event: the `userInfo` the
 * platform adds is ignored), runs the handler and answers `{ ok, data }` or `{ ok: false, code, reason, message }`.
 * It never throws: unexpected errors become INTERNAL / SERVICE_UNAVAILABLE.
 */
export function createCloudFunction(routes: RouteMap, overrides: Partial<Services> = {}): CloudFunctionMain {
  let services: Services | null = null;
  return async (event, context) => {
    const envelope = safeParseZh(FunctionEvent, event);
    if (!envelope.success) return validationFailure(envelope.error, '');
    const route = Object.prototype.hasOwnProperty.call(routes, envelope.data.action) ? routes[envelope.data.action] : undefined;
    if (!route) return failure('UNKNOWN_ACTION', { action: envelope.data.action });
    const limits = route.contract.limits ?? DEFAULT_REQUEST_LIMITS;
    const tooLarge = oversize(envelope.data.data, limits);
    if (tooLarge) {
      const what = tooLarge.limit === 'bytes' ? `超过 ${Math.round(tooLarge.bound / 1024)} KB` : `超过 ${tooLarge.bound} 项`;
      return fieldsFailure([{ path: 'data', message: `请求内容过大（${what}），未处理` }], 'REQUEST_TOO_LARGE');
    }
    const request = safeParseZh(route.contract.request, envelope.data.data ?? {});
    if (!request.success) return validationFailure(request.error, 'data');
    const caller = callerFromContext(context);
    if (route.contract.audience === 'signedIn' && !caller.openid) return failure('NOT_SIGNED_IN');
    try {
      services ??= defaultServices(overrides);
      const now = services.now();
      const { repos, transaction } = repositoriesOf(services.db);
      const access = new Access(repos, caller.openid);
      const data = await route.handler(request.data, { caller, openid: caller.openid ?? '', now, services, access, repos, transaction });
      const checked = route.contract.response.safeParse(data);
      if (!checked.success) {
        console.error(`[${route.contract.fn}.${route.contract.action}] response does not match its contract`, checked.error.issues);
        return failure('SERVICE_UNAVAILABLE');
      }
      return { ok: true, data: checked.data };
    } catch (error) {
      if (error instanceof DomainError) return domainErrorReply(route.contract, error);
      console.error(`[${route.contract.fn}.${route.contract.action}] failed`, error);
      return failure('SERVICE_UNAVAILABLE');
    }
  };
}
