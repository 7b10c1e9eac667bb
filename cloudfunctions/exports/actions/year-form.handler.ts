import { yearForm } from '../../../shared/contracts/exports/year-form.schema';
import { localDateOf } from '../../../shared/period';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { deliver } from '../../../server/exports/delivery';
import { requireBranchExporter } from '../../../server/exports/export-access';
import { yearFormData } from '../../../server/exports/year-form';
import { Handler } from '../../../server/runtime/route';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { requireCurrentReviews, reviewRulesOf } from '../../../server/year/review-rules';
import { yearAsOf } from '../../../server/year/year-window';

/**
 * 表B of a branch's year as an .xlsx in storage, with a temporary link: every member in pinyin order,
 * grade, last year's total, plus and minus by month, the year's total (server/exports/year-form.ts).
 *
 * Database requests: 6 for a branch of up to 250 members — roles (access), then the branch ∥ the pinned
 * scheme ∥ this year's and last year's sheets (1) ∥ the members (1 per 1000) ∥ their lines grouped by
 * member (1 per 250 members); +1 when members moved in from another branch (last year's sheets there).
 * Nothing per member; storage 3.
 */
export const yearFormHandler: Handler<typeof yearForm> = async (request, { now, access, repos, services }) => {
  const { branchId, year } = request;
  await requireBranchExporter(access, branchId);
  const [org, branchYear, sheets, members, entries] = await Promise.all([
    requireOrgOfKind(access, branchId, ['branch'], 'branchId'),
    loadBranchYear(repos, branchId, year),
    repos.yearSheets.ofBranchYears(branchId, [year, year - 1]),
    repos.members.activeOfBranch(branchId),
    repos.ledger.scoringEntriesOfBranchYear(branchId, year),
  ]);
  const asOf = yearAsOf(branchYear, localDateOf(now));
  const sheet = sheets.find((s) => s.year === year) ?? null;
  requireCurrentReviews(reviewRulesOf(branchYear.scheme), sheet?.reviews ?? [], year);
  const movedFrom = members.flatMap((m) => (m.movedFrom ? [m.movedFrom] : []));
  const elsewhere = movedFrom.length > 0 ? await repos.yearSheets.decidedOfMembers(movedFrom, year - 1, year - 1) : [];
  const lastYearSheets = [...sheets.filter((s) => s.year === year - 1), ...elsewhere];
  const form = yearFormData({ orgName: org.name, branchYear, members, entries, sheet, lastYearSheets, asOf, now });
  return deliver(services.exports, branchId, form, now);
};
