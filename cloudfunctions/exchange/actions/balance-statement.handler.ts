import { balanceStatement } from '../../../shared/contracts/exchange/balance-statement.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { fromCenti } from '../../../shared/points';
import { fail } from '../../../server/errors/domain-error';
import { rulesView } from '../../../server/exchange/exchange-rules';
import { balanceOf, loadMemberExchange } from '../../../server/exchange/member-exchange';
import type { MemberDoc } from '../../../server/members/member.doc';
import { ActionContext, Handler } from '../../../server/runtime/route';

/** The member whose statement the caller may read: their own, or one of the branch they record or lead. */
async function readableMember(memberId: string | undefined, { access, repos }: ActionContext): Promise<MemberDoc> {
  if (memberId === undefined) return access.requireOwnMember();
  const [mine, target] = await Promise.all([access.members(), repos.members.byId(memberId)]);
  const own = mine.find((m) => m._id === memberId);
  if (own) return own;
  if (!target) throw fail('MEMBER_NOT_FOUND');
  await access.requireBranchRole(target.branchId, ['recorder', 'secretary']);
  return target;
}

/**
 * A member's exchange balance for a year (this year unless asked), explained: the balance carried in,
 * each ledger line that earned exchange points (and how many earned none), each redemption.
 *
 * Database requests: 4 for the member's own — member records, then the branch-year (warm instances know
 * it) ∥ the year's ledger lines ∥ the year's redemptions (with carry-over, the earlier years' besides); an officer's adds the
 * member and their roles.
 */
export const balanceStatementHandler: Handler<typeof balanceStatement> = async (request, ctx) => {
  const member = await readableMember(request.memberId, ctx);
  const year = request.year ?? yearOf(localDateOf(ctx.now));
  const [exchange, redemptions] = await Promise.all([
    loadMemberExchange(ctx.repos, member, year),
    ctx.repos.redemptions.ofMemberYear(member._id, year),
  ]);
  const spentCenti = redemptions.reduce((sum, r) => sum + r.pointsCenti, 0);
  return {
    member: { memberId: member._id, name: member.name, branchId: member.branchId },
    balance: balanceOf(exchange, spentCenti),
    rules: rulesView(exchange.rules),
    carriedFrom: exchange.carriedFrom,
    earned: exchange.earnings.counted.map(({ line, exchangeCenti }) => ({
      entryId: line._id,
      date: line.date,
      itemName: line.itemName,
      points: fromCenti(line.baseCenti),
      exchangePoints: fromCenti(exchangeCenti),
      reversal: line.reverses !== null,
    })),
    spent: redemptions.map((r) => ({
      redemptionId: r._id,
      date: r.date,
      itemName: r.itemName,
      quantity: r.quantity,
      points: fromCenti(r.pointsCenti),
    })),
    uncounted: exchange.earnings.uncounted,
  };
};
