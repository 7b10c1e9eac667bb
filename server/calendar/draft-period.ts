import { buildBoard } from '../publications/board';
import { publicationIdOf } from '../publications/publication.doc';
import { publicationPeriodOf } from '../publications/publication-period';
import type { Repositories } from '../repositories';
import type { BranchYear } from '../schemes/branch-year';
import { scoringFromOf } from '../schemes/scheme.doc';
import { pinnedRefOf } from '../schemes/scheme-cache';
import { scoreBranchFromLedger } from '../scoring/branch-scores';
import type { PublicationDraftDoc } from './publication-draft.doc';

/**
 * A period's draft, computed as publishPeriod would publish it now: the board from the ledger as of the
 * period's end (server/scoring, server/publications/board.ts) and the reports still waiting in it; null
 * when the period ended before the branch started scoring. Database requests: the members (1 per 1000)
 * ∥ their lines (1 per 250 members) ∥ the pending count.
 */
export async function draftOfPeriod(
  repos: Pick<Repositories, 'members' | 'ledger' | 'reports'>,
  branchYear: BranchYear,
  key: string,
  at: { now: Date; trigger: string },
): Promise<PublicationDraftDoc | null> {
  const { doc } = branchYear;
  const { period } = publicationPeriodOf(branchYear.scheme, key);
  if (period.to < scoringFromOf(doc)) return null;
  const [scores, pendingReports] = await Promise.all([
    scoreBranchFromLedger(repos, branchYear, { asOf: period.to }),
    repos.reports.pendingCountInPeriods(doc.branchId, doc.year, period.scoringPeriods),
  ]);
  return {
    _id: publicationIdOf(doc.branchId, period.key),
    branchId: doc.branchId,
    committeeId: doc.committeeId,
    year: doc.year,
    period: period.key,
    kind: period.kind,
    label: period.label,
    from: period.from,
    to: period.to,
    scoringPeriods: period.scoringPeriods,
    scheme: pinnedRefOf(doc),
    board: buildBoard(scores, period, doc.showRanking === true),
    pendingReports,
    draftedAt: at.now,
    trigger: at.trigger,
  };
}
