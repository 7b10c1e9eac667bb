import { fail } from '../errors/domain-error';
import type { InTransaction, Repositories } from '../repositories';
import { pinnedBranchYear } from '../schemes/scheme-cache';
import { scoreBranchFromLedger } from '../scoring/branch-scores';
import { buildBoard } from './board';
import type { PublicationDoc } from './publication.doc';
import { boardHash, countedLines, sealOf } from './seal';

/** Why a publication is not final yet, or null when it may be finalized now. */
export async function finalizationBlocker(
  repos: Pick<Repositories, 'appeals'>,
  publication: PublicationDoc,
  now: Date,
): Promise<Error | null> {
  if (now.getTime() <= publication.windowEndsAt.getTime()) {
    return fail('PUBLICATION_WINDOW_OPEN', { until: publication.windowEndsAt.toISOString().slice(0, 10) });
  }
  const open = await repos.appeals.openCountOfPublication(publication._id);
  return open > 0 ? fail('APPEALS_OPEN', { count: open }) : null;
}

/**
 * Makes an open publication final, once its window is over and no appeal is open: the board computed
 * again from the ledger (accepted appeals change it), frozen with the lines it counted (those dated in
 * its range, as they are now) and sealed — SHA-256 over the board, the counted lines and the branch's
 * previous seal, read and moved on in one transaction, so the chain has no fork. A final publication is
 * answered as it is. Database requests: the open-appeal count, the scoring reads, the dated lines
 * (1 per 1000), then a transaction of 6 (start, head, publication, 3 writes with the commit).
 */
export async function finalizePublication(
  repos: Repositories,
  transaction: InTransaction,
  publication: PublicationDoc,
  now: Date,
): Promise<PublicationDoc> {
  if (publication.status === 'final') return publication;
  const blocker = await finalizationBlocker(repos, publication, now);
  if (blocker) throw blocker;
  const branchYear = await pinnedBranchYear(repos, publication.branchId, publication.year, publication.scheme);
  const [scores, lines] = await Promise.all([
    scoreBranchFromLedger(repos, branchYear, { asOf: publication.to }),
    repos.ledger.datedIn(publication.branchId, publication.year, publication.from, publication.to, now),
  ]);
  const board = buildBoard(
    scores,
    {
      key: publication.period,
      kind: publication.kind,
      label: publication.label,
      year: publication.year,
      from: publication.from,
      to: publication.to,
      scoringPeriods: publication.scoringPeriods,
    },
    publication.showRanking,
  );
  const counted = countedLines(lines);
  const hashOfBoard = boardHash({ branchId: publication.branchId, period: publication.period, scheme: publication.scheme, board });
  return transaction(async (tx) => {
    const current = await tx.publications.byId(publication._id);
    if (!current) throw fail('PUBLICATION_NOT_FOUND');
    if (current.status === 'final') return current;
    const head = await tx.sealRecords.head(publication.branchId);
    const seal = sealOf({ boardHash: hashOfBoard, countedLines: counted, previousSeal: head?.seal ?? null });
    const final = {
      status: 'final' as const,
      board,
      finalizedAt: now,
      counted: lines.length,
      seal,
      previousSeal: head?.seal ?? null,
      previousPublication: head?.publicationId ?? null,
    };
    await tx.publications.update(publication._id, final);
    await tx.sealRecords.put({ _id: publication._id, branchId: publication.branchId, entries: counted });
    await tx.sealRecords.setHead({
      _id: `head:${publication.branchId}`,
      branchId: publication.branchId,
      seal,
      publicationId: publication._id,
    });
    return { ...current, ...final };
  });
}
