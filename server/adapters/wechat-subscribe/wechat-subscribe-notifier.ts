import type { NoticeKey } from '../../../shared/contracts/notices/notice-fields.schema';
import type { Notifier, SendOutcome, SubscribeMessage } from '../../notices/notifier';
import type { OpenApi } from '../content-check/open-api';

export type MiniprogramState = 'developer' | 'trial' | 'formal';

/** The error wx-server-sdk throws for a WeChat errcode (errCode, errMsg), or any other failure. */
function outcomeOf(error: unknown): SendOutcome {
  const { errCode, errMsg, message } = (error ?? {}) as { errCode?: unknown; errMsg?: unknown; message?: unknown };
  return {
    sent: false,
    errCode: typeof errCode === 'number' && errCode !== 0 ? errCode : null,
    message: String(errMsg ?? message ?? error),
  };
}

/**
 * Subscription messages through wx-server-sdk's cloud.openapi.subscribeMessage.send (the emulator answers
 * it locally). Template ids come from the deployment's configuration (server/notices/notice-templates.ts);
 * a refusal (43101) or a failed call is answered as an outcome, never thrown.
 */
export class WechatSubscribeNotifier implements Notifier {
  constructor(
    private readonly openApi: OpenApi,
    private readonly templates: Partial<Record<NoticeKey, string>>,
    private readonly miniprogramState: MiniprogramState = 'formal',
  ) {}

  templateId(key: NoticeKey): string | null {
    return this.templates[key] ?? null;
  }

  async send(message: SubscribeMessage): Promise<SendOutcome> {
    const templateId = this.templateId(message.key);
    if (!templateId) return { sent: false, errCode: null, message: `no template configured for ${message.key}` };
    try {
      const reply = await this.openApi.subscribeMessage.send({
        touser: message.touser,
        templateId,
        page: message.page,
        data: Object.fromEntries(Object.entries(message.data).map(([field, value]) => [field, { value }])),
        miniprogramState: this.miniprogramState,
        lang: 'zh_CN',
      });
      if (reply.errCode !== undefined && reply.errCode !== 0) return outcomeOf(reply);
      return { sent: true };
    } catch (error) {
      const outcome = outcomeOf(error);
      if (outcome.sent === false && outcome.errCode === null) console.error('[notices] subscribeMessage.send failed', error);
      return outcome;
    }
  }
}
