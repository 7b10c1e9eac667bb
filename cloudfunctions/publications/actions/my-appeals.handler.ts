import { MAX_MY_APPEALS, myAppeals } from '../../../shared/contracts/publications/my-appeals.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { myAppealView } from '../../../server/publications/publication-views';
import { Handler } from '../../../server/runtime/route';

/**
 * The caller's own appeals of this year and last (Beijing time), newest first, with who answered.
 * Database requests: 2–3 — member records, their appeals, then the branch's roles when one was answered.
 */
export const myAppealsHandler: Handler<typeof myAppeals> = async (request, { now, access, repos }) => {
  const member = await access.requireOwnMember(request.memberId);
  const since = new Date(`${yearOf(localDateOf(now)) - 1}-01-01T00:00:00+08:00`);
  const found = await repos.appeals.ofMemberSince(member._id, since, MAX_MY_APPEALS + 1);
  const appeals = found.slice(0, MAX_MY_APPEALS);
  const roles = appeals.some((a) => a.answeredBy) ? await repos.roles.ofOrg(member.branchId) : [];
  return { memberId: member._id, appeals: appeals.map((a) => myAppealView(a, roles, now)), truncated: found.length > MAX_MY_APPEALS };
};
