import { myRedemptions } from '../../../shared/contracts/exchange/my-redemptions.schema';
import { redemptionView } from '../../../server/exchange/exchange-views';
import { Handler } from '../../../server/runtime/route';

/** The member's own redemptions, newest first. Database requests: 3 — member records, then the page ∥ the count. */
export const myRedemptionsHandler: Handler<typeof myRedemptions> = async (request, { access, repos }) => {
  const member = await access.requireOwnMember(request.memberId);
  const { total, redemptions } = await repos.redemptions.pageOfMember(member._id, request);
  return { total, redemptions: redemptions.map(redemptionView) };
};
