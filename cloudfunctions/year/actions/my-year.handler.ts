import { myYear } from '../../../shared/contracts/year/my-year.schema';
import { Handler } from '../../../server/runtime/route';
import { myYearOf } from '../../../server/year/year-views';

/**
 * The member's own year: where the branch's year stands, and once the committee has decided, the
 * member's final result with what follows from it. A member moved from another branch sees the year
 * decided there.
 *
 * Database requests: 2 — the caller's member records (access), then the branch's sheet; a moved
 * member's record adds 1 (the decided sheet holding their earlier record), alongside.
 */
export const myYearHandler: Handler<typeof myYear> = async (request, { access, repos }) => {
  const member = await access.requireOwnMember(request.memberId);
  const { year } = request;
  const [sheet, before] = await Promise.all([
    repos.yearSheets.of(member.branchId, year),
    member.movedFrom ? repos.yearSheets.decidedOfMembers([member.movedFrom], year, year) : Promise.resolve([]),
  ]);
  return {
    member: { memberId: member._id, name: member.name, branchId: member.branchId },
    year,
    ...myYearOf([sheet, ...before], [member._id, member.movedFrom ?? null]),
  };
};
