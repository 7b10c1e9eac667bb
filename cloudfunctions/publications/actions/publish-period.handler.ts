import { publishPeriod } from '../../../shared/contracts/publications/publish-period.schema';
import { localDateOf } from '../../../shared/period';
import { fail } from '../../../server/errors/domain-error';
import { buildBoard } from '../../../server/publications/board';
import { PublicationDoc, publicationIdOf } from '../../../server/publications/publication.doc';
import { publicationPeriodOf } from '../../../server/publications/publication-period';
import { boardView, publicationSummary } from '../../../server/publications/publication-views';
import { publicationWindow } from '../../../server/publications/publication-window';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { pinnedRefOf } from '../../../server/schemes/scheme-cache';
import { scoreBranchFromLedger } from '../../../server/scoring/branch-scores';
import { Handler } from '../../../server/runtime/route';
import { notifyPublicationOpen } from '../../../server/notices/notify';
import { startRead } from '../../../server/runtime/start-read';

const answerOf = (publication: PublicationDoc, publishedNow: boolean) => ({
  publication: publicationSummary(publication),
  board: boardView(publication.board),
  publishedNow,
});

/**
 * Publishes a period: once it is over and no report in it waits for review, the board is computed from
 * the ledger as of the period's end and stored open for the scheme's window; the period's scoring periods
 * close to new entries. The publication's id is branch:period, so a retry or two secretaries at once make
 * one publication (the insert of the second finds the first).
 *
 * Database requests: 8 for a branch of up to 250 members — roles (access) ∥ the branch-year ∥ an existing
 * publication; the pending count ∥ the members (1 per 1000) ∥ their lines (1 per 250 members); the
 * insert; the periods closed. Republishing: 3. Then, never failing it, 积分公示 (积分确认 where members sign
 * off) to the board's members: +1 read of their subscriptions (per 500), +1 write per kind of outcome.
 */
export const publishPeriodHandler: Handler<typeof publishPeriod> = async (request, { openid, now, services, access, repos }) => {
  const year = Number(request.period.slice(0, 4));
  const id = publicationIdOf(request.branchId, request.period);
  const branchYearRead = startRead(loadBranchYear(repos, request.branchId, year));
  const existingRead = startRead(repos.publications.byId(id));
  await access.requireBranchRole(request.branchId, ['secretary']);
  const existing = await existingRead;
  if (existing) return answerOf(existing, false);

  const branchYear = await branchYearRead;
  const { period, settings } = publicationPeriodOf(branchYear.scheme, request.period);
  if (period.to >= localDateOf(now)) throw fail('PERIOD_NOT_OVER', { label: period.label });
  const [pending, scores] = await Promise.all([
    repos.reports.pendingCountInPeriods(request.branchId, year, period.scoringPeriods),
    scoreBranchFromLedger(repos, branchYear, { asOf: period.to }),
  ]);
  if (pending > 0) throw fail('REPORTS_PENDING', { label: period.label, count: pending });

  const showRanking = branchYear.doc.showRanking === true;
  const { windowEndsAt, appealsUntil } = publicationWindow(now, settings, branchYear.scheme.workflow.appeal);
  const written = await repos.publications.insert({
    _id: id,
    branchId: request.branchId,
    committeeId: branchYear.doc.committeeId,
    year,
    period: period.key,
    kind: period.kind,
    label: period.label,
    from: period.from,
    to: period.to,
    scoringPeriods: period.scoringPeriods,
    scheme: pinnedRefOf(branchYear.doc),
    status: 'open',
    publishedAt: now,
    publishedBy: openid,
    windowEndsAt,
    appealsUntil,
    answerWithinDays: branchYear.scheme.workflow.appeal.answerWithinDays,
    memberConfirms: branchYear.scheme.workflow.memberConfirms,
    showRanking,
    board: buildBoard(scores, period, showRanking),
    finalizedAt: null,
    counted: null,
    seal: null,
    previousSeal: null,
    previousPublication: null,
  });
  if (!written.created) return answerOf(written.publication, false);
  await repos.branchYears.closePeriods(request.branchId, year, period.scoringPeriods);
  await notifyPublicationOpen({ repos, services, now }, written.publication, scores.members);
  return answerOf(written.publication, true);
};
