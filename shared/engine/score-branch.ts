import type { Scheme } from '../scheme/schema';
import { accumulate } from './evaluate/accumulate';
import type { CompiledScheme } from './compile/compiled-scheme';
import { compileScheme } from './compile/compile-scheme';
import type { EntryColumns } from './input/entry-columns';
import { evaluateMember } from './evaluate/evaluate-member';
import { evaluationContext, newScratch } from './evaluate/evaluation-context';
import { finalizeMember } from './finalize/finalize-member';
import { memberDetail } from './detail/member-detail';
import { PreparedReview, prepareInput } from './input/prepare-input';
import { withCountThresholds } from './input/count-thresholds';
import { branchGroups } from './branch/branch-groups';
import { applyQuota } from './branch/quota';
import { applyRanking } from './branch/ranking';
import type { BranchScore } from './result.types';
import { createScoreTable, ScoreTable } from './table/score-table';
import type { HistoryInput, MemberInput, ScoringInput } from './scoring-input.schema';
import { ScoringInputError } from './scoring-error';
import { scoringWindowIssues } from './scoring-window';

export interface BulkScoringInput {
  compiled: CompiledScheme;
  year: number;
  asOf: string;
  /** Scoring start within the year; default 1 January. */
  from?: string;
  members: MemberInput[];
  entries: EntryColumns;
  /** Per member index. */
  reviews?: PreparedReview[][];
  /** Per member index, newest first. */
  history?: HistoryInput[][];
}

/**
 * Scores every member into a ScoreTable: periods, categories, year totals, stars, grades,
 * the branch quota, warnings and ranking. No per-member objects: this is the path for a district.
 * Pure: the result depends only on the arguments (asOf is the clock). Throws ScoringInputError when
 * asOf is before the year or the scoring start is after asOf (there is nothing to score).
 */
export function scoreBulk(input: BulkScoringInput): ScoreTable {
  const window = scoringWindowIssues(input.year, input.asOf, input.from);
  if (window.length > 0) throw new ScoringInputError(window);
  const none = () => input.members.map(() => []);
  const t = createScoreTable(input.compiled, {
    year: input.year,
    asOf: input.asOf,
    from: input.from,
    members: input.members,
    reviews: input.reviews ?? none(),
    history: input.history ?? none(),
  });
  const thresholds = withCountThresholds(t, input.entries);
  t.thresholdCounts = thresholds.counts;
  accumulate(t, thresholds.entries);
  const ctx = evaluationContext(t, newScratch(t), null);
  for (let m = 0; m < t.memberCount; m++) evaluateMember(ctx, m);
  const groups = branchGroups(t);
  applyQuota(t, groups);
  for (let m = 0; m < t.memberCount; m++) finalizeMember(t, m, null);
  applyRanking(t, groups);
  return t;
}

/**
 * The engine's main entry: scheme + members + approved entries + reviews + asOf → each member's
 * explained result and the branch's quota. Throws ScoringInputError (with field paths) when the
 * scenario does not fit the scheme or leaves nothing to score (asOf before the year, the scoring
 * start after asOf). Independent of the order of entries.
 */
export function scoreBranch(scheme: Scheme, input: ScoringInput): BranchScore {
  const compiled = compileScheme(scheme);
  const prepared = prepareInput(compiled, input);
  const t = scoreBulk({
    compiled,
    year: prepared.year,
    asOf: prepared.asOf,
    from: prepared.from,
    members: prepared.members,
    entries: prepared.columns,
    reviews: prepared.reviews,
    history: prepared.history,
  });
  t.reversals = prepared.reversals;
  const scratch = newScratch(t);
  const members = [];
  for (let m = 0; m < t.memberCount; m++) if (t.exempt[m] === 0) members.push(memberDetail(t, m, scratch));
  return {
    scheme: { id: scheme.id, version: scheme.version, name: scheme.name },
    year: t.year,
    asOf: t.asOf,
    periodUnit: scheme.period,
    from: prepared.from,
    countedPeriods: t.periodKeys.slice(t.firstPeriod, t.endPeriod),
    members,
    exempt: prepared.members
      .filter((m) => m.exempt)
      .map((m) => ({ id: m.id, name: m.name, ...(m.exemptReason ? { reason: m.exemptReason } : {}) })),
    quotas: t.quotas,
    rankingEnabled: scheme.ranking.enabled,
    skippedEntries: prepared.skipped,
  };
}
