import type { Repositories } from '../repositories';
import type { PublicationDoc } from './publication.doc';
import { boardHash, countedLines, sealOf } from './seal';

export type SealProblem = 'chain' | 'record' | 'entryChanged' | 'entryRemoved' | 'entryAdded' | 'board';

export interface SealBreak {
  publicationId: string;
  period: string;
  label: string;
  problem: SealProblem;
  entryId: string | null;
  /** Says in Chinese what was changed, naming the period and the line. */
  message: string;
}

export interface SealCheck {
  ok: boolean;
  /** Final publications checked, in the chain's order. */
  checked: number;
  /** The first broken link; null when the whole chain holds. */
  broken: SealBreak | null;
}

const pairsOf = (lines: string) => new Map(lines === '' ? [] : lines.split(',').map((pair) => pair.split(':') as [string, string]));

/** The first difference between the lines a seal recorded and the lines the ledger holds now, if any. */
function lineDifference(recorded: Map<string, string>, now: Map<string, string>): { problem: SealProblem; entryId: string } | null {
  for (const [id, hash] of recorded) {
    const current = now.get(id);
    if (current === undefined) return { problem: 'entryRemoved', entryId: id };
    if (current !== hash) return { problem: 'entryChanged', entryId: id };
  }
  for (const id of now.keys()) if (!recorded.has(id)) return { problem: 'entryAdded', entryId: id };
  return null;
}

const MESSAGES: Record<SealProblem, (p: PublicationDoc, entryId: string | null) => string> = {
  chain: (p) => `${p.label}：与上一期公示的印章衔接不上（有公示被删除或替换）`,
  record: (p) => `${p.label}：找不到定稿时记录的积分记录清单`,
  entryChanged: (p, id) => `${p.label}：积分记录 ${id} 在定稿后被修改`,
  entryRemoved: (p, id) => `${p.label}：积分记录 ${id} 在定稿后被删除`,
  entryAdded: (p, id) => `${p.label}：定稿后补入了日期在本期内的积分记录 ${id}`,
  board: (p) => `${p.label}：公示的分数在定稿后被改动`,
};

/**
 * Checks a branch's seal chain: each final publication links to the one finalized before it, the ledger
 * lines dated in its range are the ones it counted (none changed, removed or added), and its board and
 * lines still give its seal. Answers the first broken link, naming the period and the line. Reads every
 * final publication, its seal record and its lines (1 request per 1000 lines): meant for checks, not pages.
 */
export async function verifySealChain(
  repos: Pick<Repositories, 'publications' | 'sealRecords' | 'ledger'>,
  branchId: string,
): Promise<SealCheck> {
  const chain = await repos.publications.finalOfBranch(branchId);
  let previous: PublicationDoc | null = null;
  let checked = 0;
  const broken = (p: PublicationDoc, problem: SealProblem, entryId: string | null = null): SealCheck => ({
    ok: false,
    checked,
    broken: { publicationId: p._id, period: p.period, label: p.label, problem, entryId, message: MESSAGES[problem](p, entryId) },
  });
  for (const publication of chain) {
    if (publication.previousSeal !== (previous?.seal ?? null) || publication.previousPublication !== (previous?._id ?? null))
      return broken(publication, 'chain');
    const [record, lines] = await Promise.all([
      repos.sealRecords.byId(publication._id),
      repos.ledger.datedIn(branchId, publication.year, publication.from, publication.to, publication.finalizedAt ?? new Date(0)),
    ]);
    if (!record) return broken(publication, 'record');
    const difference = lineDifference(pairsOf(record.entries), pairsOf(countedLines(lines)));
    if (difference) return broken(publication, difference.problem, difference.entryId);
    const seal = sealOf({ boardHash: boardHash(publication), countedLines: record.entries, previousSeal: publication.previousSeal });
    if (seal !== publication.seal) return broken(publication, 'board');
    checked += 1;
    previous = publication;
  }
  return { ok: true, checked, broken: null };
}
