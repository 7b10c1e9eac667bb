import { redeem } from '../../../shared/contracts/exchange/redeem.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { toCenti } from '../../../shared/points';
import { requireOffered } from '../../../server/exchange/catalogue-access';
import { redemptionView } from '../../../server/exchange/exchange-views';
import { requireExchangeOpen } from '../../../server/exchange/exchange-window';
import { balanceOf, loadMemberExchange, spendableCenti } from '../../../server/exchange/member-exchange';
import { redeemItem } from '../../../server/exchange/redeem';
import { exchangeAccountId, idempotentId } from '../../../server/exchange/redemption.doc';
import { Handler } from '../../../server/runtime/route';

/**
 * A member redeems an item: the year's balance (carried + earned, from the ledger) is computed first,
 * the scheme's exchange must be on and open today, then one transaction takes the stock, adds the cost
 * to the year's spending within the balance and records the redemption (server/exchange/redeem.ts).
 *
 * Database requests: 7 for a branch's item on a warm instance — member records, then the year's ledger
 * lines, then the transaction (start, item, account, redemption, commit); a cold instance reads the
 * branch-year beside the lines (+1; kept once the branch-year has lines, which pins its scheme); a
 * committee's item reads the member's branch (+1); the year's first redemption reads the missing account
 * and inserts it (+2). A retry of a redemption made already is answered with it (the account and item read again).
 */
export const redeemHandler: Handler<typeof redeem> = async (request, { openid, now, access, repos, transaction }) => {
  const member = await access.requireOwnMember(request.memberId);
  const today = localDateOf(now);
  const year = yearOf(today);
  const exchange = await loadMemberExchange(repos, member, year);
  requireExchangeOpen(exchange.rules, year, today);
  const outcome = await redeemItem(repos, transaction, {
    redemptionId: idempotentId('redeem', openid, request.idempotencyKey),
    openid,
    member,
    itemId: request.itemId,
    quantity: request.quantity,
    priceCenti: toCenti(request.price),
    spendableCenti: spendableCenti(exchange),
    year,
    today,
    now,
    requireOffered: (item) => requireOffered(access, member, item),
  });
  const [spentCenti, stock] = await Promise.all([
    outcome.spentCenti ??
      repos.exchangeAccounts.byId(exchangeAccountId(member._id, outcome.redemption.year)).then((a) => a?.spentCenti ?? 0),
    outcome.stock ?? repos.exchangeItems.byId(request.itemId).then((i) => i?.stock ?? 0),
  ]);
  return { redemption: redemptionView(outcome.redemption), balance: balanceOf(exchange, spentCenti), stock };
};
