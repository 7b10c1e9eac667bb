import { mySubscriptions } from '../../../shared/contracts/notices/my-subscriptions.schema';
import { recipientKindsOf, subscriptionViews } from '../../../server/notices/subscriptions';
import { Handler } from '../../../server/runtime/route';

/**
 * The kinds of notice this deployment sends, with the caller's subscriptions left of each and whether the
 * kind concerns them (a member's kinds, an officer's). Database requests: 3 at once — the caller's
 * subscription record ∥ roles ∥ member records.
 */
export const mySubscriptionsHandler: Handler<typeof mySubscriptions> = async (_request, { openid, services, access, repos }) => {
  const [doc, roles, members] = await Promise.all([repos.noticeSubscriptions.byOpenid(openid), access.roles(), access.members()]);
  return { templates: subscriptionViews(doc, services.notifier, recipientKindsOf(roles, members)) };
};
