import { summaryForm } from '../../../shared/contracts/exports/summary-form.schema';
import { localDateOf } from '../../../shared/period';
import { attentionOf } from '../../../server/committee/attention';
import { committeeFigures } from '../../../server/committee/committee-figures';
import { committeeToSummarize, summaryRange } from '../../../server/committee/summary-scope';
import { summaryTotals } from '../../../server/committee/summary-totals';
import { deliver } from '../../../server/exports/delivery';
import { summaryFormData } from '../../../server/exports/summary-form';
import { Handler } from '../../../server/runtime/route';

/**
 * The committee's summary across its branches as an .xlsx in storage, with a temporary link: the figures
 * of home.committeeSummary (the committee room computes them; this prints every branch, not a page).
 *
 * Database requests: as home.committeeSummary, 9 however many branches and members — roles and the
 * committee, then branches, branch-years, publications, appeals and year sheets at once, then members and
 * reports grouped by branch; storage 3.
 */
export const summaryFormHandler: Handler<typeof summaryForm> = async (request, { now, access, repos, services }) => {
  const committee = await committeeToSummarize(access, request.committeeId);
  const { year, range } = summaryRange(request, localDateOf(now));
  const branches = (await committeeFigures(repos, committee, year, range, now)).map((branch) => ({
    ...branch,
    attention: attentionOf(branch, year),
  }));
  const form = summaryFormData({ committee, year, range, branches, totals: summaryTotals(branches), now });
  return deliver(services.exports, committee._id, form, now);
};
