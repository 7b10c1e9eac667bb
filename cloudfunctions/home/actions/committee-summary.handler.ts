import { committeeSummary, PUBLISH_DUE_DAYS, REPORT_WAIT_DAYS } from '../../../shared/contracts/home/committee-summary.schema';
import { localDateOf } from '../../../shared/period';
import { attentionOf, byAttention } from '../../../server/committee/attention';
import { committeeFigures } from '../../../server/committee/committee-figures';
import { committeeToSummarize, summaryRange } from '../../../server/committee/summary-scope';
import { summaryTotals } from '../../../server/committee/summary-totals';
import { Handler } from '../../../server/runtime/route';

/**
 * The committee's view of every branch under it (党委总览): publications on time or late, appeals open and
 * overdue, reports waiting more than a week, grades per branch, and the totals (seed 003's "802 members in
 * 32 branches, 424 reported, 390 confirmed"). Branches needing attention first unless asked by name; paged,
 * with totals over all branches.
 *
 * Database requests: 9 however many branches and members — roles and the committee (access), then the
 * branches, branch-years, publications, appeals and year sheets at once, then members and reports grouped
 * by branch (one request per 1000 branches each); +1 the first time an instance meets a custom scheme.
 */
export const committeeSummaryHandler: Handler<typeof committeeSummary> = async (request, { now, access, repos }) => {
  const committee = await committeeToSummarize(access, request.committeeId);
  const today = localDateOf(now);
  const { year, range } = summaryRange(request, today);
  const branches = (await committeeFigures(repos, committee, year, range, now)).map((branch) => ({
    ...branch,
    attention: attentionOf(branch, year),
  }));
  if (request.sort === 'attention') branches.sort(byAttention);
  return {
    committee: { id: committee._id, name: committee.name },
    year,
    range,
    asOf: today,
    rules: { publishDueDays: PUBLISH_DUE_DAYS, reportWaitDays: REPORT_WAIT_DAYS },
    totals: summaryTotals(branches),
    branches: branches.slice(request.offset, request.offset + request.limit).map(({ sortKey: _sortKey, ...branch }) => branch),
    offset: request.offset,
    total: branches.length,
  };
};
