import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_APPID } from '../credentials';
import { readJson } from '../http/read-json';
import { sendJson } from '../http/replies';
import { newRequestId } from '../http/request-id';
import { RequestStats } from '../stats';
import { Caller, withUserInfo } from './cloud-function';
import { FunctionInvoker } from './function-invoker';
import { headerText } from '../http/header-text';

/** SCF's synchronous invocation payload limit. */
const MAX_EVENT_BYTES = 6 * 1024 * 1024;

/**
 * POST /functions/<name>: the mini-program's dev transport for wx.cloud.callFunction. The body is the
 * event, to which the platform's `userInfo: { appId, openId }` is added as production adds it; the
 * caller is the X-WX-OPENID header (honoured by the emulator only: in production the caller always
 * comes from the CloudBase context). Replies { result, requestId }.
 */
export async function handleFunctionCall(
  invoker: FunctionInvoker,
  stats: RequestStats,
  name: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  stats.count('functions.http');
  const event = await readJson(request, MAX_EVENT_BYTES);
  const openid = headerText(request.headers['x-wx-openid']);
  const caller: Caller = {
    openid,
    appid: headerText(request.headers['x-wx-appid']) ?? DEFAULT_APPID,
    unionid: headerText(request.headers['x-wx-unionid']),
    source: 'wx_client',
    clientIp: request.socket.remoteAddress,
  };
  const result = await invoker.invoke(name, withUserInfo(event, caller), caller);
  sendJson(response, 200, { result, requestId: newRequestId() });
}

/**
 * POST /_emulator/triggers/<name>: fires the function's timer trigger by hand. The event is SCF's
 * timer event; the context has TRIGGER_SRC=timer and no WX_OPENID.
 */
export async function handleTimerTrigger(
  invoker: FunctionInvoker,
  stats: RequestStats,
  name: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  stats.count('functions.timer');
  const body = (await readJson(request)) as { TriggerName?: unknown; Message?: unknown };
  const result = await fireTimer(invoker, name, body);
  sendJson(response, 200, { result, requestId: newRequestId() });
}

export function fireTimer(
  invoker: FunctionInvoker,
  name: string,
  options: { TriggerName?: unknown; Message?: unknown } = {},
): Promise<unknown> {
  const event = {
    Type: 'Timer',
    TriggerName: typeof options.TriggerName === 'string' ? options.TriggerName : `${name}-timer`,
    Time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Message: typeof options.Message === 'string' ? options.Message : '',
  };
  return invoker.invoke(name, event, { trigger: 'timer' });
}
