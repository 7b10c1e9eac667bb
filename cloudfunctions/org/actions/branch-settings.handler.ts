import { branchSettings } from '../../../shared/contracts/org/branch-settings.schema';
import { localDateOf, yearOf } from '../../../shared/period';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { yearTotalRuleOf } from '../../../server/home/year-total-rule';
import { schemeOf } from '../../../server/schemes/branch-year';
import { scoringFromOf } from '../../../server/schemes/scheme.doc';
import { schemeSummaryOf } from '../../../server/schemes/scheme-summary';
import { Handler } from '../../../server/runtime/route';

/**
 * 支部管理's first screen: the year's pinned scheme summed up, the ranking switch and the head counts.
 * Requests: roles 1 (+ committee 0–1) + branch org 0–1 + branch-year 1 + counts 1 (the last two in parallel) ≤ 5.
 */
export const branchSettingsHandler: Handler<typeof branchSettings> = async (request, { now, access, repos }) => {
  const acting = await access.requireBranchRole(request.branchId, ['secretary', 'committeeAdmin']);
  const branch = await requireOrgOfKind(access, request.branchId, ['branch'], 'branchId');
  const year = yearOf(localDateOf(now));
  const [doc, counts] = await Promise.all([repos.branchYears.of(branch._id, year), repos.members.countsByBranch([branch._id])]);
  const scheme = doc ? schemeOf(doc).scheme : null;
  const count = counts[0] ?? { members: 0, activists: 0, exempt: 0, bound: 0 };
  return {
    branchId: branch._id,
    branchName: branch.name,
    year,
    scheme:
      doc && scheme
        ? {
            id: doc.schemeId,
            version: doc.schemeVersion,
            name: scheme.name,
            shortName: scheme.shortName,
            source: doc.source,
            period: scheme.period,
            scoringFrom: scoringFromOf(doc),
            summary: schemeSummaryOf(scheme, yearTotalRuleOf(scheme).text),
          }
        : null,
    showRanking: doc?.showRanking === true,
    counts: { members: count.members, activists: count.activists, exempt: count.exempt, bound: count.bound },
    acting: acting === 'secretary' ? 'secretary' : 'committeeAdmin',
  };
};
