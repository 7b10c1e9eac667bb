import { isPlainObject } from '../plain-object';
import { subscribeDataProblem } from './subscribe-values';
import { fail, ok, text, WechatReply, WECHAT_ERRORS } from './wechat-reply';

let nextMessageId = 1_000_000;

/**
 * subscribeMessage.send ({ touser, template_id, page?, data, miniprogram_state?, lang? }).
 * A recipient marked as refusing (all templates or one) gets errcode 43101, "user refuse to accept
 * the msg" — what WeChat answers when the user has not accepted (or has used up) the subscription.
 * Values are held to WeChat's rules for their field's type (subscribe-values.ts): 47003 otherwise.
 */
export function subscribeMessageSend(
  data: Record<string, unknown>,
  isRefused: (openid: string, templateId: string) => boolean,
): WechatReply {
  const touser = text(data['touser']);
  const templateId = text(data['template_id']);
  if (!touser) return fail(WECHAT_ERRORS.INVALID_OPENID, 'invalid openid');
  if (!templateId || !isPlainObject(data['data']))
    return fail(WECHAT_ERRORS.ARGUMENT_INVALID, 'argument invalid! template_id and data are required');
  const state = data['miniprogram_state'];
  if (state !== undefined && !['developer', 'trial', 'formal'].includes(String(state))) {
    return fail(WECHAT_ERRORS.ARGUMENT_INVALID, 'argument invalid! miniprogram_state must be developer, trial or formal');
  }
  const problem = subscribeDataProblem(data['data'] as Record<string, unknown>);
  if (problem) return fail(WECHAT_ERRORS.ARGUMENT_INVALID, problem);
  if (isRefused(touser, templateId)) return fail(WECHAT_ERRORS.USER_REFUSED, 'user refuse to accept the msg');
  return ok({ msgid: nextMessageId++ });
}
