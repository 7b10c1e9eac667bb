import { redeem } from '../../../shared/contracts/exchange/redeem.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { toCenti } from '../../../shared/points';
import { requireOffered } from '../../../server/exchange/catalogue-access';
import { redemptionView } from '../../../server/exchange/exchange-views';
import { requireExchangeOpen } from '../../../server/exchange/exchange-window';
import { balanceOf, loadMemberExchange, ownRedeemer, spendableCenti } from '../../../server/exchange/member-exchange';
import { redeemItem } from '../../../server/exchange/redeem';
import { exchangeAccountId, idempotentId } from '../../../server/exchange/redemption.doc';
import { Handler } from '../../../server/runtime/route';

/**
 * A member redeems an item: the caller's member record, the year's ledger lines and the year's account
 * are read in one request (ExchangeAccountRepository.redeemersOf, which chooses the member as
 * Access.requireOwnMember does); the balance (carried + earned) comes from the lines; the scheme's exchange
 * must be on and open today; then one transaction takes the stock, adds the cost to the year's spending
 * within the balance (or creates the year's account with it) and records the redemption
 * (server/exchange/redeem.ts).
 *
 * Database requests: 6 on a warm instance, the year's first redemption too — the member with their lines
 * and account, then the transaction (start, item, account, redemption, commit). A cold instance reads the
 * branch-year (+1; kept once the branch-year has lines, which pins its scheme); a committee's item reads
 * the member's branch (+1); a scheme that carries the balance over reads the earlier years (+2 and the
 * earlier branch-years). A retry of a redemption made already is answered with it (the account and item
 * read again). Not 4 (issue 10's aim): the three writes must be one transaction (start and commit are
 * requests of their own), and who the caller is and what they earned take a read.
 */
export const redeemHandler: Handler<typeof redeem> = async (request, { openid, now, access, repos, transaction }) => {
  const today = localDateOf(now);
  const year = yearOf(today);
  const { member, lines, account } = ownRedeemer(
    await repos.exchangeAccounts.redeemersOf(openid, year, request.memberId),
    request.memberId,
  );
  const exchange = await loadMemberExchange(repos, member, year, lines);
  requireExchangeOpen(exchange.rules, year, today);
  const outcome = await redeemItem(repos, transaction, {
    redemptionId: idempotentId('redeem', openid, request.idempotencyKey),
    openid,
    member,
    itemId: request.itemId,
    quantity: request.quantity,
    priceCenti: toCenti(request.price),
    spendableCenti: spendableCenti(exchange),
    accountExists: account !== null,
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
