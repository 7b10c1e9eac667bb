import { z } from 'zod';
import { errors } from '../errors';
import { ActionHandler, json, parseParams } from '../gateway/action';
import { DEFAULT_APPID } from '../credentials';
import { headerText } from '../http/header-text';
import { FunctionInvoker } from './function-invoker';
import { Caller, withUserInfo } from './cloud-function';

const Params = z.object({
  function_name: z.string().min(1),
  request_data: z.string().optional(),
  qualifier: z.string().optional(),
});

/**
 * functions.invokeFunction (node-sdk / wx-server-sdk callFunction). The SDK sends no end-user identity,
 * so the callee runs without WX_OPENID (like a server-side call) and TCB_SOURCE is the X-TCB-Source the
 * SDK sends; the event gets the platform's `userInfo: { appId }` (an HTTP-API call has no end user).
 * The emulator-only header X-WX-OPENID (set via tcb.init({ headers })) overrides that.
 */
export function invokeFunctionAction(invoker: FunctionInvoker): ActionHandler {
  return async (request) => {
    const params = parseParams(Params, request.params);
    let event: unknown = {};
    if (params.request_data) {
      try {
        event = JSON.parse(params.request_data);
      } catch (error) {
        throw errors.invalidParam(`request_data is not JSON: ${(error as Error).message}`);
      }
    }
    const openid = headerText(request.headers['x-wx-openid']);
    const caller: Caller = {
      openid,
      appid: headerText(request.headers['x-wx-appid']) ?? DEFAULT_APPID,
      unionid: headerText(request.headers['x-wx-unionid']),
      source: headerText(request.headers['x-tcb-source']),
    };
    const result = await invoker.invoke(
      params.function_name,
      withUserInfo(event, caller),
      openid ? caller : { ...caller, appid: undefined },
    );
    return json({ data: { response_data: JSON.stringify(result) } });
  };
}
