import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_APPID } from '../credentials';
import { readJson } from '../http/read-json';
import { sendJson } from '../http/replies';
import { newRequestId } from '../http/request-id';
import { RequestStats } from '../stats';
import { Caller, withUserInfo } from './cloud-function';
import { FunctionInvoker } from './function-invoker';
import { headerText } from '../http/header-text';
import { errors } from '../errors';
import type { TimerTrigger } from './timer-triggers';

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

/** SCF's timer event (Tencent Cloud SCF, 触发器事件消息结构): `Time` is the scheduled moment in UTC, whole seconds. */
export function timerEvent(triggerName: string, at: Date, message = ''): Record<string, string> {
  return { Type: 'Timer', TriggerName: triggerName, Time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), Message: message };
}

/**
 * POST /_emulator/triggers/<name>: fires the function's timer trigger by hand. The event is SCF's
 * timer event; the context has TRIGGER_SRC=timer and no WX_OPENID. The body may name the trigger and
 * message (`{ TriggerName, Message }`); /_emulator/timers/<fn>/<trigger> fires a configured trigger.
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
  options: { TriggerName?: unknown; Message?: unknown; at?: Date } = {},
): Promise<unknown> {
  const event = timerEvent(
    typeof options.TriggerName === 'string' ? options.TriggerName : `${name}-timer`,
    options.at ?? new Date(),
    typeof options.Message === 'string' ? options.Message : '',
  );
  return invoker.invoke(name, event, { trigger: 'timer' });
}

/**
 * POST /_emulator/timers/<fn>/<trigger>: fires a function's configured timer trigger (its config.json /
 * the `triggers` option) as the platform does when its time comes: the timer event with the trigger's
 * name and the current moment, TRIGGER_SRC=timer, no WX_OPENID. 404 for a trigger the function does not
 * have. Replies `{ result, event, requestId }`.
 */
export async function handleConfiguredTimer(
  invoker: FunctionInvoker,
  stats: RequestStats,
  triggers: readonly TimerTrigger[],
  functionName: string,
  triggerName: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  request.resume();
  const trigger = triggers.find((t) => t.functionName === functionName && t.name === triggerName);
  if (!trigger) throw errors.timerNotFound(functionName, triggerName);
  stats.count('functions.timer');
  const event = timerEvent(trigger.name, new Date());
  const result = await invoker.invoke(functionName, event, { trigger: 'timer' });
  sendJson(response, 200, { result, event, requestId: newRequestId() });
}
