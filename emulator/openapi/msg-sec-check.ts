import { ContentPolicy } from './content-policy';
import { fail, ok, text, traceId, WechatReply, WECHAT_ERRORS } from './wechat-reply';

/**
 * security.msgSecCheck. v2 ({ content, version: 2, scene, openid }) answers
 * { result: { suggest, label }, detail: [...] }; v1 answers errcode 87014 for risky content.
 */
export function msgSecCheck(data: Record<string, unknown>, policy: ContentPolicy): WechatReply {
  const content = text(data['content']);
  if (content === undefined) return fail(WECHAT_ERRORS.INVALID_ARGUMENT, 'data format error: content is required');
  const verdict = policy.check(content, text(data['title']), text(data['nickname']), text(data['signature']));
  if (Number(data['version']) !== 2) {
    return verdict.suggest === 'risky' ? fail(WECHAT_ERRORS.RISKY_CONTENT, 'risky content') : ok();
  }
  if (!text(data['openid'])) return fail(WECHAT_ERRORS.INVALID_OPENID, 'invalid openid');
  const scene = Number(data['scene']);
  if (![1, 2, 3, 4].includes(scene)) return fail(WECHAT_ERRORS.INVALID_ARGUMENT, 'invalid scene: expected 1, 2, 3 or 4');
  return ok({
    result: { suggest: verdict.suggest, label: verdict.label },
    detail: [
      {
        strategy: 'content_model',
        errcode: 0,
        suggest: verdict.suggest,
        label: verdict.label,
        prob: verdict.suggest === 'pass' ? 0 : 90,
        ...(verdict.keyword ? { keyword: verdict.keyword } : {}),
      },
    ],
    trace_id: traceId(),
  });
}
