import { memberLedger } from '../../../shared/contracts/home/member-ledger.schema';
import { fail } from '../../../server/errors/domain-error';
import { ledgerLine } from '../../../server/ledger/ledger-view';
import { ActionContext, Handler } from '../../../server/runtime/route';

/** The member whose ledger the caller may read: their own, or one of the branch they record or lead. */
async function readableMemberId(memberId: string | undefined, { access, repos }: ActionContext): Promise<string> {
  if (memberId === undefined) return (await access.requireOwnMember())._id;
  const [mine, target] = await Promise.all([access.members(), repos.members.byId(memberId)]);
  if (mine.some((m) => m._id === memberId)) return memberId;
  if (!target) throw fail('MEMBER_NOT_FOUND');
  await access.requireBranchRole(target.branchId, ['recorder', 'secretary']);
  return memberId;
}

/**
 * A member's ledger lines for a year, newest first (by the time they were written), with item
 * names, points, the actor's role, reason and source; reversals and adjustments show as lines.
 *
 * Database requests: 3 for the member's own (member records, then the page ∥ the count); 5 for a
 * recorder or secretary (member records ∥ the member, roles, then the page ∥ the count).
 */
export const memberLedgerHandler: Handler<typeof memberLedger> = async (request, ctx) => {
  const memberId = await readableMemberId(request.memberId, ctx);
  const { total, lines } = await ctx.repos.ledger.pageOfMemberYear(memberId, request.year, request);
  return { total, lines: lines.map(ledgerLine) };
};
