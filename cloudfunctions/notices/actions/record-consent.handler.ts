import { recordConsent } from '../../../shared/contracts/notices/record-consent.schema';
import { applyAnswers, recipientKindsOf, subscriptionViews } from '../../../server/notices/subscriptions';
import { Handler } from '../../../server/runtime/route';

/**
 * Records the caller's answers to wx.requestSubscribeMessage: each 允许 of a template allows one more
 * message of its kind (server/notices/subscriptions.ts); a template id this deployment does not use is
 * refused (VALIDATION on the answer) before anything is written. Database requests: 4 — the record ∥ roles
 * ∥ member records, the write.
 */
export const recordConsentHandler: Handler<typeof recordConsent> = async (request, { openid, now, services, access, repos }) => {
  const [current, roles, members] = await Promise.all([repos.noticeSubscriptions.byOpenid(openid), access.roles(), access.members()]);
  const doc = applyAnswers(current, openid, request.answers, services.notifier, now);
  await repos.noticeSubscriptions.put(doc);
  return { templates: subscriptionViews(doc, services.notifier, recipientKindsOf(roles, members)) };
};
