import { draftPublication } from '../../../shared/contracts/publications/draft-publication.schema';
import { localDateOf } from '../../../shared/period';
import { buildBoard } from '../../../server/publications/board';
import { publicationIdOf } from '../../../server/publications/publication.doc';
import {
  defaultPublicationKey,
  draftYearOf,
  publicationChoices,
  publicationPeriodOf,
} from '../../../server/publications/publication-period';
import { boardView, publicationSummary } from '../../../server/publications/publication-views';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { scoreBranchFromLedger } from '../../../server/scoring/branch-scores';
import { Handler } from '../../../server/runtime/route';
import { startRead } from '../../../server/runtime/start-read';

/**
 * What publishing a period would show, computed now from the ledger as of the period's end. Without a
 * period, the one due now of the year asked (or of last month's year), with the year's periods to choose from.
 *
 * Database requests: 6 for a branch of up to 250 members — roles (access) ∥ the branch-year ∥ an existing
 * publication ∥ the pending count ∥ the members ∥ their lines grouped by member (1 per 250 members).
 */
export const draftPublicationHandler: Handler<typeof draftPublication> = async (request, { now, access, repos }) => {
  const today = localDateOf(now);
  const year = request.period ? Number(request.period.slice(0, 4)) : (request.year ?? draftYearOf(today));
  const branchYearRead = startRead(loadBranchYear(repos, request.branchId, year));
  const existingRead = request.period ? startRead(repos.publications.byId(publicationIdOf(request.branchId, request.period))) : null;
  await access.requireBranchRole(request.branchId, ['secretary', 'recorder', 'committeeAdmin']);
  const branchYear = await branchYearRead;
  const choices = publicationChoices(branchYear.scheme, year, today);
  const key = request.period ?? defaultPublicationKey(branchYear.scheme, year, choices);
  const { period, settings } = publicationPeriodOf(branchYear.scheme, key);
  const [scores, pendingReports, existing] = await Promise.all([
    scoreBranchFromLedger(repos, branchYear, { asOf: period.to }),
    repos.reports.pendingCountInPeriods(request.branchId, year, period.scoringPeriods),
    existingRead ?? repos.publications.byId(publicationIdOf(request.branchId, key)),
  ]);
  return {
    period: { key: period.key, kind: period.kind, label: period.label, from: period.from, to: period.to },
    window: { days: settings.windowDays, workdays: settings.workdays },
    board: boardView(buildBoard(scores, period, branchYear.doc.showRanking === true)),
    pendingReports,
    periodOver: period.to < today,
    published: existing ? publicationSummary(existing) : null,
    choices,
    showRanking: branchYear.doc.showRanking === true,
  };
};
