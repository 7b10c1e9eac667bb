import type { NoticeKey } from '../../shared/contracts/notices/notice-fields.schema';

/** One subscription message: to whom, of which kind, the page it opens and its template's values by field. */
export interface SubscribeMessage {
  touser: string;
  key: NoticeKey;
  /** A page of the mini-program, with its query (`pages/home/home?notice=…`). */
  page: string;
  /** Values by template field (`thing1`, `time2` …), within WeChat's limits for each field's type. */
  data: Record<string, string>;
}

/** What WeChat answered: sent, or refused / failed with its errcode (null when the call itself failed). */
export type SendOutcome = { sent: true } | { sent: false; errCode: number | null; message: string };

/** WeChat's errcode for "the user refused, or has no subscription left" (subscribeMessage.send). */
export const USER_REFUSED = 43101;

/**
 * WeChat's subscription messages (订阅消息), the port the notices room sends through: implemented with
 * wx-server-sdk's cloud.openapi.subscribeMessage.send in server/adapters/wechat-subscribe.
 */
export interface Notifier {
  /** The template configured for a kind of notice, or null when this deployment has none (nothing of that kind is sent). */
  templateId(key: NoticeKey): string | null;
  /** Sends one message. Never throws: WeChat's refusals and failed calls are answered as outcomes. */
  send(message: SubscribeMessage): Promise<SendOutcome>;
}
