import { REPORT_WAIT_DAYS } from '../../shared/contracts/home/committee-summary.schema';
import type { LocalDate } from '../../shared/period';
import type { OrgDoc } from '../orgs/org.doc';
import type { Repositories } from '../repositories';
import { schemesOfPins } from '../schemes/pinned-schemes';
import { scoringFromOf } from '../schemes/scheme.doc';
import { BranchFigures, nameSortKey, NO_APPEALS, NO_MEMBERS, NO_PUBLICATIONS, NO_REPORTS } from './branch-figures';
import { gradeCounts } from './grade-counts';
import { publicationTimeliness } from './publication-timeliness';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Every branch under a committee with its figures for a year: members, reports dated in `range` (and those
 * waiting long), appeals, publications on time or not, grades. Grouped in the database, never a request per
 * branch or member: the branches, branch-years, publications, appeals and year sheets of the committee at
 * once (5 requests), then members and reports grouped by branch (2), plus one read when a branch pinned a
 * scheme this instance has not seen (custom schemes). Branches in name order.
 */
export async function committeeFigures(
  repos: Pick<Repositories, 'orgs' | 'branchYears' | 'members' | 'reports' | 'publications' | 'appeals' | 'yearSheets'>,
  committee: OrgDoc,
  year: number,
  range: { from: LocalDate; to: LocalDate },
  now: Date,
): Promise<BranchFigures[]> {
  const yearStart = new Date(`${year}-01-01T00:00:00+08:00`);
  const yearEnd = new Date(`${year + 1}-01-01T00:00:00+08:00`);
  const [orgs, pins, timeline, appeals, sheets] = await Promise.all([
    repos.orgs.subtrees([committee._id]),
    repos.branchYears.pinsOfCommitteeYear(committee._id, year),
    repos.publications.timelineOfCommitteeYear(committee._id, year),
    repos.appeals.figuresOfCommittee(committee._id, yearStart, yearEnd, now),
    repos.yearSheets.gradesOfCommitteeYear(committee._id, year),
  ]);
  const branches = orgs.filter((org) => org.kind === 'branch');
  const ids = branches.map((b) => b._id);
  const [members, reports, schemes] = await Promise.all([
    repos.members.countsByBranch(ids),
    repos.reports.figuresByBranch(ids, range.from, range.to, new Date(now.getTime() - REPORT_WAIT_DAYS * DAY_MS)),
    schemesOfPins(repos, pins),
  ]);
  const pinOf = new Map(pins.map((p) => [p.branchId, p]));
  const membersOf = new Map(members.map(({ branchId, ...counts }) => [branchId, counts]));
  const reportsOf = new Map(reports.map(({ branchId, ...figures }) => [branchId, figures]));
  const appealsOf = new Map(appeals.map(({ branchId, ...figures }) => [branchId, figures]));
  const sheetOf = new Map(sheets.map((s) => [s.branchId, s]));
  return branches
    .map((branch): BranchFigures => {
      const pin = pinOf.get(branch._id);
      const scheme = pin ? schemes.get(pin._id) : undefined;
      const published = timeline.filter((p) => p.branchId === branch._id);
      return {
        branchId: branch._id,
        name: branch.name,
        sortKey: nameSortKey(branch.name),
        scheme: pin && scheme ? { id: pin.schemeId, version: pin.schemeVersion, name: scheme.name } : null,
        members: membersOf.get(branch._id) ?? NO_MEMBERS,
        reports: reportsOf.get(branch._id) ?? NO_REPORTS,
        appeals: appealsOf.get(branch._id) ?? NO_APPEALS,
        publications: pin && scheme ? publicationTimeliness(scheme, year, scoringFromOf(pin), published, now) : NO_PUBLICATIONS,
        grades: gradeCounts(sheetOf.get(branch._id)),
      };
    })
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey));
}
