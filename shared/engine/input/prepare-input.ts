import type { CompiledScheme } from '../compile/compiled-scheme';
import type { HistoryInput, MemberInput, ScoringInput } from '../scoring-input.schema';
import { scoringWindowIssues } from '../scoring-window';
import { encodeEntries, SkippedEntries } from './encode-entries';
import type { EntryColumns } from './entry-columns';
import { findReversals, Reversal } from './find-reversals';
import { indexMembers } from './index-members';
import { IssueList } from './issue-list';
import { checkPledgeEntries } from './pledge-entries';
import { prepareHistory } from './prepare-history';
import { PreparedReview, prepareReviews } from './prepare-reviews';

export type { PreparedReview };

export interface PreparedInput {
  year: number;
  asOf: string;
  from: string;
  members: MemberInput[];
  columns: EntryColumns;
  /** Per member index: review results, sorted by round. */
  reviews: PreparedReview[][];
  /** Per member index: earlier years, newest first. */
  history: HistoryInput[][];
  /** Entries left out, by reason, for the explanation. */
  skipped: SkippedEntries;
  /** Per member index: entries cancelled by a reversal (for the trace). */
  reversals: Reversal[];
}

/**
 * Checks a parsed scenario against the scheme and turns it into the engine's columns, step by step:
 * the scoring window, the members, the reversals, the entries (and the pledge rules), the reviews, the history.
 * Every problem is reported with its path; nothing is scored when any is found.
 */
export function prepareInput(compiled: CompiledScheme, input: ScoringInput): PreparedInput {
  const issues = new IssueList();
  for (const { path, message } of scoringWindowIssues(input.year, input.asOf, input.from)) issues.add(path, message);
  const from = input.from ?? `${input.year}-01-01`;
  const memberIndex = indexMembers(compiled.scheme, input.members, issues);
  const { cancelled, reversals } = findReversals(input, memberIndex, issues);
  const { columns, skipped } = encodeEntries(compiled, input, from, memberIndex, cancelled, issues);
  checkPledgeEntries(compiled, input, memberIndex, issues);
  const reviews = prepareReviews(compiled, input, memberIndex, issues);
  const history = prepareHistory(compiled.scheme, input, memberIndex, issues);
  issues.throwIfAny();
  return { year: input.year, asOf: input.asOf, from, members: input.members, columns, reviews, history, skipped, reversals };
}
