import { localDateToInt, periodIndexOf, yearOf } from '../../period';
import { applyPercent, Centi, toCenti, ZERO_CENTI } from '../../points';
import type { ReviewMapping } from '../../scheme/schema';
import { CompiledScheme } from '../compile/compiled-scheme';
import { checkEntryFields } from './check-entry';
import { allocateEntryColumns, EntryColumns } from './entry-columns';
import { InputIssue, ScoringInputError } from '../scoring-error';
import { scoringWindowIssues } from '../scoring-window';
import { UNNUMBERED_ENTRY } from '../trace-wording';
import type { EntryInput, HistoryInput, MemberInput, ReviewInput, ScoringInput } from '../scoring-input.schema';

/** A review result already turned into points (weighted), with where it came from. */
export interface PreparedReview {
  round: number;
  grade: ReviewInput['grade'];
  /** Points the result maps to, before the round weight. */
  raw: Centi;
  /** After the weight (×50 % for two rounds): what the category receives. */
  points: Centi;
}

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
  skipped: { afterAsOf: number; beforeStart: number; reversed: number; exemptMember: number };
  /** Per member index: entries cancelled by a reversal (for the trace). */
  reversals: { member: number; entry: string; by: string; item: string; date: string }[];
}

const MAX_ISSUES = 50;

function reviewCategory(compiled: CompiledScheme): { code: string; mapping: ReviewMapping } | null {
  for (const category of compiled.categories) {
    if (category.source.review) return { code: category.code, mapping: category.source.review };
  }
  return null;
}

/**
 * Checks a parsed scenario against the scheme and turns it into the engine's columns.
 * Every problem is reported with its path; nothing is scored when any is found.
 */
export function prepareInput(compiled: CompiledScheme, input: ScoringInput): PreparedInput {
  const issues: InputIssue[] = [];
  const issue = (path: (string | number)[], message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path, message });
  };
  const { scheme } = compiled;
  for (const problem of scoringWindowIssues(input.year, input.asOf, input.from)) issue(problem.path, problem.message);

  const memberIndex = new Map<string, number>();
  input.members.forEach((member, i) => {
    if (memberIndex.has(member.id)) issue(['members', i, 'id'], `duplicate member id "${member.id}"`);
    memberIndex.set(member.id, i);
    member.posts?.forEach((post, p) => {
      if (!scheme.posts?.catalog.some((c) => c.code === post)) issue(['members', i, 'posts', p], `unknown volunteer post "${post}"`);
    });
    if (scheme.posts && member.posts && member.posts.length > scheme.posts.perMember) {
      issue(['members', i, 'posts'], `a member claims at most ${scheme.posts.perMember} posts`);
    }
  });

  const asOfInt = localDateToInt(input.asOf);
  const entryById = new Map<string, number>();
  input.entries.forEach((entry, i) => {
    if (entry.id === undefined) return;
    if (entryById.has(entry.id)) issue(['entries', i, 'id'], `duplicate entry id "${entry.id}"`);
    entryById.set(entry.id, i);
  });

  const cancelled = new Set<number>();
  const reversals: PreparedInput['reversals'] = [];
  input.entries.forEach((entry, i) => {
    if (entry.reverses === undefined) return;
    const target = entryById.get(entry.reverses);
    const original = target === undefined ? undefined : input.entries[target];
    if (target === undefined || !original) return issue(['entries', i, 'reverses'], `no entry with id "${entry.reverses}"`);
    if (original.reverses !== undefined) return issue(['entries', i, 'reverses'], 'a reversal cannot itself be reversed');
    if (original.member !== entry.member || original.item !== entry.item) {
      return issue(['entries', i, 'reverses'], 'a reversal names the same member and item as the entry it reverses');
    }
    if (cancelled.has(target)) return issue(['entries', i, 'reverses'], `entry "${entry.reverses}" is already reversed`);
    if (localDateToInt(entry.date) > asOfInt) return;
    cancelled.add(target);
    cancelled.add(i);
    const member = memberIndex.get(entry.member);
    if (member !== undefined) {
      reversals.push({ member, entry: entry.reverses, by: entry.id ?? UNNUMBERED_ENTRY, item: entry.item, date: original.date });
    }
  });
  // Explanations must not depend on the order entries arrive in.
  reversals.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));

  const columns = allocateEntryColumns(input.entries.length);
  let n = 0;
  const skipped = { afterAsOf: 0, beforeStart: 0, reversed: 0, exemptMember: 0 };
  const from = input.from ?? `${input.year}-01-01`;
  const fromInt = localDateToInt(from);
  input.entries.forEach((entry, i) => {
    const error = checkEntry(compiled, input, entry, memberIndex, (field, message) => issue(['entries', i, field], message));
    if (error) return;
    const m = memberIndex.get(entry.member)!;
    const day = localDateToInt(entry.date);
    if (day > asOfInt) return void skipped.afterAsOf++;
    if (day < fromInt) return void skipped.beforeStart++;
    if (cancelled.has(i)) return void skipped.reversed++;
    if (input.members[m].exempt) return void skipped.exemptMember++;
    const item = compiled.items[compiled.itemIndex.get(entry.item)!];
    columns.member[n] = m;
    columns.day[n] = day;
    columns.period[n] = periodIndexOf(compiled.scheme.period, entry.date);
    columns.item[n] = item.index;
    columns.points[n] = entry.points === undefined ? 0 : toCenti(entry.points);
    columns.quantity[n] = entry.quantity ?? 1;
    columns.level[n] = entry.level === undefined ? -1 : item.levelCodes.indexOf(entry.level);
    n++;
  });
  columns.length = n;

  const reviews = input.members.map((): PreparedReview[] => []);
  const mapping = reviewCategory(compiled);
  const usesReviews = mapping !== null || scheme.grading?.basis === 'review';
  input.reviews.forEach((review, i) => {
    const m = memberIndex.get(review.member);
    if (m === undefined) return issue(['reviews', i, 'member'], `unknown member "${review.member}"`);
    if (!usesReviews) return issue(['reviews', i], `scheme "${scheme.id}" does not use democratic reviews`);
    const rounds = mapping?.mapping.rounds ?? 1;
    if (review.round > rounds) return issue(['reviews', i, 'round'], `this scheme holds ${rounds} review round(s) a year`);
    if (reviews[m].some((r) => r.round === review.round))
      return issue(['reviews', i, 'round'], 'a second result for the same member and round');
    let raw = ZERO_CENTI;
    if (mapping) {
      const range = mapping.mapping.points[review.grade];
      if (range.min === range.max) {
        if (review.points !== undefined && review.points !== range.min) {
          return issue(['reviews', i, 'points'], `${review.grade} is worth ${range.min} points in this scheme`);
        }
        raw = toCenti(range.min);
      } else {
        if (review.points === undefined)
          return issue(['reviews', i, 'points'], `give the points (${range.min}–${range.max}) for ${review.grade}`);
        if (review.points < range.min || review.points > range.max) {
          return issue(['reviews', i, 'points'], `${review.grade} is worth ${range.min}–${range.max} points`);
        }
        raw = toCenti(review.points);
      }
    }
    const weight = mapping?.mapping.weightPercent ?? 100;
    reviews[m].push({ round: review.round, grade: review.grade, raw, points: applyPercent(raw, weight) });
  });
  reviews.forEach((list) => list.sort((a, b) => a.round - b.round));

  const history = input.members.map((): HistoryInput[] => []);
  input.history.forEach((h, i) => {
    const m = memberIndex.get(h.member);
    if (m === undefined) return issue(['history', i, 'member'], `unknown member "${h.member}"`);
    if (h.year >= input.year) return issue(['history', i, 'year'], `history is for years before ${input.year}`);
    if (history[m].some((x) => x.year === h.year)) return issue(['history', i, 'year'], `a second result for ${h.year}`);
    if (h.grade !== undefined && !scheme.grading?.bands.some((b) => b.code === h.grade)) {
      return issue(['history', i, 'grade'], `unknown grade "${h.grade}"`);
    }
    history[m].push(h);
  });
  history.forEach((list) => list.sort((a, b) => b.year - a.year));

  if (issues.length > 0) throw new ScoringInputError(issues);
  return { year: input.year, asOf: input.asOf, from, members: input.members, columns, reviews, history, skipped, reversals };
}

/** Reports the first problem of one entry; returns true when there was one. */
function checkEntry(
  compiled: CompiledScheme,
  input: ScoringInput,
  entry: EntryInput,
  memberIndex: Map<string, number>,
  report: (field: string, message: string) => void,
): boolean {
  const m = memberIndex.get(entry.member);
  if (m === undefined) return (report('member', `unknown member "${entry.member}"`), true);
  if (yearOf(entry.date) !== input.year) return (report('date', `outside the scored year ${input.year}`), true);
  const member = input.members[m];
  const problem = checkEntryFields(compiled, entry, member.posts);
  if (!problem) return false;
  report(
    problem.field,
    problem.field === 'post' && problem.message.startsWith('the member')
      ? problem.message.replace('the member', `member "${member.id}"`)
      : problem.message,
  );
  return true;
}
