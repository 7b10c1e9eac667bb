import { boardForm } from '../../../shared/contracts/exports/board-form.schema';
import { localDateOf, localDateToInt } from '../../../shared/period';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { invalidField } from '../../../server/errors/domain-error';
import { boardFormData, boardSpanOf, neededPeriods, publishedSource, startedPeriods } from '../../../server/exports/board-form';
import { deliver } from '../../../server/exports/delivery';
import { requireBranchExporter } from '../../../server/exports/export-access';
import { buildBoard } from '../../../server/publications/board';
import { Handler } from '../../../server/runtime/route';
import { loadBranchYear } from '../../../server/schemes/branch-year';
import { scoringFromOf } from '../../../server/schemes/scheme.doc';
import { scoreBranchFromLedger } from '../../../server/scoring/branch-scores';

/**
 * 表D of a branch through a quarter (or the year) as an .xlsx in storage, with a temporary link. Printed
 * from the publications (公示) when every period it covers is published — the frozen boards, final or
 * still open — else a draft computed from the ledger as of the span's end (or today), marked as such.
 *
 * Database requests: published 4 — roles (access), then the branch ∥ the pinned scheme ∥ the year's
 * publications (1); a draft 6, adding the members (1 per 1000) ∥ their lines grouped (1 per 250 members). Storage 3.
 */
export const boardFormHandler: Handler<typeof boardForm> = async (request, { now, access, repos, services }) => {
  const span = boardSpanOf(request.period);
  await requireBranchExporter(access, request.branchId);
  const [org, branchYear, publications] = await Promise.all([
    requireOrgOfKind(access, request.branchId, ['branch'], 'branchId'),
    loadBranchYear(repos, request.branchId, span.year),
    repos.publications.ofBranchYear(request.branchId, span.year),
  ]);
  const from = scoringFromOf(branchYear.doc);
  const today = localDateOf(now);
  const asOf = localDateToInt(today) < localDateToInt(span.to) ? today : span.to;
  if (localDateToInt(asOf) < localDateToInt(from))
    throw invalidField('period', `本支部 ${span.year} 年从 ${from} 开始积分，该期间还没有积分`);
  const source = publishedSource(span, neededPeriods(branchYear.scheme.period, span, from), publications);
  const common = { orgName: org.name, span, schemeName: branchYear.scheme.name, now };
  if (source) {
    const last = source[source.length - 1];
    const status = source.every((p) => p.status === 'final') ? 'final' : 'open';
    const published = { label: last.label, publishedAt: last.publishedAt, windowEndsAt: last.windowEndsAt };
    const form = boardFormData({ ...common, status, boards: source.map((p) => p.board), asOf: last.to, published });
    return deliver(services.exports, request.branchId, form, now);
  }
  const scores = await scoreBranchFromLedger(repos, branchYear, { asOf });
  const scoringPeriods = startedPeriods(branchYear.scheme.period, span.year, from, asOf);
  const period = { key: span.key, kind: span.kind, label: span.label, year: span.year, from, to: asOf, scoringPeriods };
  const board = buildBoard(scores, period, false);
  const form = boardFormData({ ...common, status: 'draft', boards: [board], asOf, published: null });
  return deliver(services.exports, request.branchId, form, now);
};
