import { failedNotices } from '../../../shared/contracts/notices/failed-notices.schema';
import { failedNoticesOf } from '../../../server/notices/failed-notices';
import { Handler } from '../../../server/runtime/route';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The branch's notices of the last `days` days that did not reach their person, newest first, named as
 * the branch knows them (a member's name, else an officer's name or title). Database requests: 4 — roles (access), then the records with problems of the
 * branch ∥ its members ∥ its officers (for the names).
 */
export const failedNoticesHandler: Handler<typeof failedNotices> = async (request, { now, access, repos }) => {
  await access.requireBranchRole(request.branchId, ['secretary', 'recorder', 'committeeAdmin']);
  const since = new Date(now.getTime() - request.days * DAY_MS);
  const [records, members, officers] = await Promise.all([
    repos.noticeSubscriptions.withProblemsOfBranch(request.branchId, since),
    repos.members.activeOfBranch(request.branchId),
    repos.roles.ofOrg(request.branchId),
  ]);
  const names = new Map<string, string>();
  for (const officer of officers) {
    const known = officer.name ?? officer.title;
    if (known) names.set(officer.openid, known);
  }
  for (const member of members) if (member.openid) names.set(member.openid, member.name);
  return { notices: failedNoticesOf(records, request.branchId, since, names) };
};
