import { LocalDate, periodOf } from '../../shared/period';
import type { Repositories } from '../repositories';

/**
 * The keys the current period may have in storage: a branch-year's reports and ledger lines all use
 * its scheme's unit, so matching both the month's and the quarter's key finds them without first
 * reading the branch-year (the queries run alongside it).
 */
export const currentPeriodKeys = (today: LocalDate) => [periodOf('month', today).key, periodOf('quarter', today).key];

/** The branch's active members under points management (id and name only): one request per 1000. */
export async function scoredMembersOf(
  repos: Pick<Repositories, 'members'>,
  branchId: string,
): Promise<{ memberId: string; name: string }[]> {
  const members = await repos.members.activeOfBranch(branchId);
  return members.filter((m) => m.exempt === null).map((m) => ({ memberId: m._id, name: m.name }));
}

/**
 * Members of the branch with something to show for the current period: a pending or approved
 * report, or a positive ledger line that is not a reversal (e.g. entered by the recorder).
 * Two grouped queries, however many members and reports.
 */
export async function activeMemberIds(
  repos: Pick<Repositories, 'reports' | 'ledger'>,
  branchId: string,
  year: number,
  periodKeys: string[],
): Promise<Set<string>> {
  const [reporting, credited] = await Promise.all([
    repos.reports.membersReportingIn(branchId, year, periodKeys),
    repos.ledger.membersCreditedIn(branchId, year, periodKeys),
  ]);
  return new Set([...reporting, ...credited]);
}
