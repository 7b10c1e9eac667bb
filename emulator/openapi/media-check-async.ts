import { ContentPolicy } from './content-policy';
import { fail, ok, text, traceId, WechatReply, WECHAT_ERRORS } from './wechat-reply';

/**
 * security.mediaCheckAsync v2 ({ media_url, media_type, version: 2, scene, openid }): answers a
 * trace_id at once; WeChat later pushes the verdict (event wxa_media_check) to the message callback.
 * The emulator cannot push: it returns that payload as `asyncResult` for the outbox, flagged when
 * the URL contains a configured word.
 */
export function mediaCheckAsync(
  data: Record<string, unknown>,
  policy: ContentPolicy,
  appid: string,
): { reply: WechatReply; asyncResult?: Record<string, unknown> } {
  const mediaUrl = text(data['media_url']);
  if (!mediaUrl) return { reply: fail(WECHAT_ERRORS.INVALID_ARGUMENT, 'media_url is required') };
  if (![1, 2].includes(Number(data['media_type'])))
    return { reply: fail(WECHAT_ERRORS.INVALID_ARGUMENT, 'media_type must be 1 (audio) or 2 (image)') };
  const version = Number(data['version']);
  if (version === 2 && !text(data['openid'])) return { reply: fail(WECHAT_ERRORS.INVALID_OPENID, 'invalid openid') };
  const trace = traceId();
  const verdict = policy.check(mediaUrl);
  return {
    reply: ok({ trace_id: trace }),
    asyncResult: {
      ToUserName: appid,
      FromUserName: text(data['openid']) ?? '',
      CreateTime: Math.floor(Date.now() / 1000),
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid,
      trace_id: trace,
      version: 2,
      detail: [
        {
          strategy: 'content_model',
          errcode: 0,
          suggest: verdict.suggest,
          label: verdict.label,
          prob: verdict.suggest === 'pass' ? 0 : 90,
        },
      ],
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: verdict.suggest, label: verdict.label },
    },
  };
}
