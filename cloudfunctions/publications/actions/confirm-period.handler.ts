import { confirmPeriod } from '../../../shared/contracts/publications/confirm-period.schema';
import { fail } from '../../../server/errors/domain-error';
import { requireBoardReader, requireOwnRowMember, requirePublication } from '../../../server/publications/publication-access';
import { Handler } from '../../../server/runtime/route';

/**
 * A member signs off their published period (001: 党员签字确认), once: signing again answers the first.
 * Database requests: 4 — the publication ∥ the caller's member records (access), the sign-off (insert; a
 * second one reads the first).
 */
export const confirmPeriodHandler: Handler<typeof confirmPeriod> = async (request, { now, access, repos }) => {
  const [publication] = await Promise.all([requirePublication(repos, request.publicationId), access.members()]);
  await requireBoardReader(access, publication.branchId);
  const member = await requireOwnRowMember(access, publication);
  if (!publication.memberConfirms) throw fail('CONFIRMATION_NOT_USED');
  const confirmation = await repos.confirmations.confirm({
    _id: `${publication._id}:${member._id}`,
    publicationId: publication._id,
    branchId: publication.branchId,
    memberId: member._id,
    confirmedAt: now,
  });
  return { publicationId: publication._id, confirmedAt: confirmation.confirmedAt.toISOString() };
};
