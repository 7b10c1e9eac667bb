import { secretaryHome } from '../../../shared/contracts/home/secretary-home.schema';
import { localDateOf, periodOf, yearOf } from '../../../shared/period';
import { activeMemberIds, currentPeriodKeys, scoredMembersOf } from '../../../server/home/branch-activity';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { Handler } from '../../../server/runtime/route';

/**
 * The branch at a glance for its recorder or secretary (a committee admin over it may read too):
 * the review queue's size, the members under points management, and those with nothing reported
 * (no pending or approved report, no positive ledger line) in the current period. Without a branchId,
 * the branch the caller serves as recorder or secretary.
 *
 * Database requests: 6 — roles (access; +1 org read for a committee admin), then all at once: the
 * branch-year, the queue count, the branch's members (one per 1000), reports and ledger lines of the
 * period grouped by member (one aggregate each). Nothing per member.
 */
export const secretaryHomeHandler: Handler<typeof secretaryHome> = async (request, { now, access, repos }) => {
  const branchId = request.branchId ?? (await access.requireOwnOfficerBranch());
  await access.requireBranchRole(branchId, ['recorder', 'secretary', 'committeeAdmin']);
  const today = localDateOf(now);
  const year = yearOf(today);
  const [branchYear, queueSize, members, active] = await Promise.all([
    loadBranchYear(repos, branchId, year),
    repos.reports.pendingCountOfBranch(branchId),
    scoredMembersOf(repos, branchId),
    activeMemberIds(repos, branchId, year, currentPeriodKeys(today)),
  ]);
  const period = periodOf(branchYear.scheme.period, today);
  return {
    branchId,
    period: { key: period.key, label: period.label },
    queueSize,
    members: members.length,
    membersWithoutReportsThisPeriod: members.filter((m) => !active.has(m.memberId)),
  };
};
