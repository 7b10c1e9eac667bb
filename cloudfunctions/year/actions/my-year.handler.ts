import { myYear } from '../../../shared/contracts/year/my-year.schema';
import { Handler } from '../../../server/runtime/route';
import { HISTORY_YEARS } from '../../../server/year/year-history';
import { myHistoryOf, myYearOf } from '../../../server/year/year-views';

/**
 * The member's own year: where the branch's year stands, and once the committee has decided, the
 * member's final result with what follows from it. A member moved from another branch sees the year
 * decided there. With it, the member's earlier decided years (their history, here and where they moved from).
 *
 * Database requests: 3 — the caller's member records (access), then the branch's sheet ∥ the decided
 * sheets holding the member's records of the ten years before (and, for a moved member, of this year).
 */
export const myYearHandler: Handler<typeof myYear> = async (request, { access, repos }) => {
  const member = await access.requireOwnMember(request.memberId);
  const { year } = request;
  const ids = [member._id, member.movedFrom ?? null];
  const [sheet, decided] = await Promise.all([
    repos.yearSheets.of(member.branchId, year),
    repos.yearSheets.decidedOfMembers(
      ids.filter((id) => id !== null),
      year - HISTORY_YEARS,
      member.movedFrom ? year : year - 1,
    ),
  ]);
  return {
    member: { memberId: member._id, name: member.name, branchId: member.branchId },
    year,
    ...myYearOf([sheet, ...decided.filter((s) => s.year === year && s.branchId !== member.branchId)], ids),
    history: myHistoryOf(
      decided.filter((s) => s.year < year),
      ids,
    ),
  };
};
