import { memberLedger } from '../../../shared/contracts/home/member-ledger.schema';
import { COLLECTIONS } from '../../../server/db/collections';
import { LedgerEntryDoc } from '../../../server/ledger/ledger-entry.doc';
import { findMember } from '../../../server/ledger/member-target';
import { ledgerLine } from '../../../server/ledger/ledger-view';
import { notFound } from '../../../server/runtime/app-error';
import { ActionContext, Handler } from '../../../server/runtime/route';

/** The member whose ledger the caller may read: their own, or one of the branch they record or lead. */
async function readableMemberId(memberId: string | undefined, { services, access }: ActionContext): Promise<string> {
  if (memberId === undefined) return (await access.requireOwnMember())._id;
  const [mine, target] = await Promise.all([access.members(), findMember(services.db, memberId)]);
  if (mine.some((m) => m._id === memberId)) return memberId;
  if (!target) throw notFound('党员不存在', 'MEMBER_NOT_FOUND');
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
  const ledger = ctx.services.db.collection(COLLECTIONS.ledger);
  const filter = { memberId, year: request.year };
  const [page, count] = await Promise.all([
    ledger.where(filter).orderBy('at', 'desc').orderBy('_id', 'desc').skip(request.offset).limit(request.limit).get(),
    ledger.where(filter).count(),
  ]);
  return { total: count.total ?? 0, lines: page.data.map((d: unknown) => ledgerLine(LedgerEntryDoc.parse(d))) };
};
