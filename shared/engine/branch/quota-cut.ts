import type { Centi } from '../../points';
import type { ScoreTable } from '../table/score-table';

/** Where the quota line falls among a branch's candidates, and the tie across it (if any). */
export interface QuotaCut {
  /** The first `admitted` candidates (by total) keep the grade. */
  admitted: number;
  /** Members tied at the line's total across it: never split. */
  tie: { points: Centi; members: number[] } | null;
}

/**
 * The cut for `candidates` (sorted by total, highest first) under `limit`: all of them when they fit;
 * otherwise the first `limit`, unless members tie across the line — then 'excludeTied' admits only
 * those above the tie (the cap holds) and 'includeTied' all of the tie too (the cap bends).
 */
export function quotaCut(t: ScoreTable, candidates: number[], limit: number, ties: 'excludeTied' | 'includeTied'): QuotaCut {
  if (candidates.length <= limit) return { admitted: candidates.length, tie: null };
  const cutScore = limit > 0 ? t.total[candidates[limit - 1]] : null;
  if (cutScore === null || t.total[candidates[limit]] !== cutScore) return { admitted: limit, tie: null };
  const tied = candidates.filter((m) => t.total[m] === cutScore);
  const above = candidates.filter((m) => t.total[m] > cutScore).length;
  return { admitted: ties === 'includeTied' ? above + tied.length : above, tie: { points: cutScore, members: tied } };
}
