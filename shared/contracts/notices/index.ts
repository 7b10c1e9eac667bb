import { failedNotices } from './failed-notices.schema';
import { mySubscriptions } from './my-subscriptions.schema';
import { recordConsent } from './record-consent.schema';

/** Every action of the notices function (订阅消息：订阅意愿与发送记录). */
export const NOTICES_CONTRACTS = { mySubscriptions, recordConsent, failedNotices };
