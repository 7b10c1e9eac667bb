import { errors } from '../errors';
import { ContentPolicy } from './content-policy';
import { mediaCheckAsync } from './media-check-async';
import { msgSecCheck } from './msg-sec-check';
import { Outbox } from './outbox';
import { subscribeMessageSend } from './subscribe-message-send';
import { WechatReply } from './wechat-reply';

export const SUPPORTED_OPEN_APIS = ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'] as const;

/** The WeChat open APIs the product uses, answered locally and recorded in the outbox. */
export class OpenApiService {
  readonly outbox = new Outbox();
  readonly policy: ContentPolicy;
  private readonly appid: string;
  private readonly refusals = new Set<string>();

  constructor(policy: ContentPolicy, appid: string) {
    this.policy = policy;
    this.appid = appid;
  }

  /** Makes subscribeMessage.send to `openid` (for one template, or all) answer 43101. */
  refuseSubscribeMessages(openid: string, templateId = '*'): void {
    this.refusals.add(`${openid}\u0000${templateId}`);
  }

  clearRefusals(): void {
    this.refusals.clear();
  }

  /** `data` is snake_case, as the SDK sends it to WeChat. */
  call(api: string, data: Record<string, unknown>, caller?: string): WechatReply {
    let reply: WechatReply;
    let asyncResult: Record<string, unknown> | undefined;
    switch (api) {
      case 'security.msgSecCheck':
        reply = msgSecCheck(data, this.policy);
        break;
      case 'security.mediaCheckAsync':
        ({ reply, asyncResult } = mediaCheckAsync(data, this.policy, this.appid));
        break;
      case 'subscribeMessage.send':
        reply = subscribeMessageSend(
          data,
          (openid, templateId) => this.refusals.has(`${openid}\u0000*`) || this.refusals.has(`${openid}\u0000${templateId}`),
        );
        break;
      default:
        throw errors.invalidParam(`open API "${api}" is not emulated (supported: ${SUPPORTED_OPEN_APIS.join(', ')})`);
    }
    this.outbox.record({ api, caller, request: data, response: reply, ...(asyncResult ? { asyncResult } : {}) });
    return reply;
  }
}
