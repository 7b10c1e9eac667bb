import { applyPercent, Centi, toCenti, ZERO_CENTI } from '../../points';
import type { ReviewMapping } from '../../scheme/schema';
import type { CompiledScheme } from '../compile/compiled-scheme';
import type { ReviewInput, ScoringInput } from '../scoring-input.schema';
import type { IssueList } from './issue-list';
import {
  noReviewsText,
  REVIEW_TWICE,
  reviewFixedPointsText,
  reviewPointsMissingText,
  reviewPointsRangeText,
  reviewRoundsText,
  unknownMemberText,
} from '../input-wording';

/** A review result already turned into points (weighted), with where it came from. */
export interface PreparedReview {
  round: number;
  grade: ReviewInput['grade'];
  /** Points the result maps to, before the round weight. */
  raw: Centi;
  /** After the weight (×50 % for two rounds): what the category receives. */
  points: Centi;
}

/**
 * Per member index: the democratic-review results, checked against the scheme (it uses reviews — maps
 * them to points, grades by them or scales the year by them —, holds that many rounds, one result a
 * round) and turned into points where a category maps them; by round.
 */
export function prepareReviews(
  compiled: CompiledScheme,
  input: ScoringInput,
  memberIndex: Map<string, number>,
  issues: IssueList,
): PreparedReview[][] {
  const { scheme } = compiled;
  const reviews = input.members.map((): PreparedReview[] => []);
  const mapping = reviewMapping(compiled);
  const usesReviews = mapping !== null || scheme.grading?.basis === 'review' || scheme.yearTotal.reviewScale !== undefined;
  input.reviews.forEach((review, i) => {
    const m = memberIndex.get(review.member);
    if (m === undefined) return issues.add(`reviews.${i}.member`, unknownMemberText(review.member));
    if (!usesReviews) return issues.add(`reviews.${i}`, noReviewsText(scheme.id));
    const rounds = mapping?.rounds ?? 1;
    if (review.round > rounds) return issues.add(`reviews.${i}.round`, reviewRoundsText(rounds));
    if (reviews[m].some((r) => r.round === review.round)) {
      return issues.add(`reviews.${i}.round`, REVIEW_TWICE);
    }
    const raw = mapping ? mappedPoints(mapping, review, (message) => issues.add(`reviews.${i}.points`, message)) : ZERO_CENTI;
    if (raw === null) return;
    reviews[m].push({ round: review.round, grade: review.grade, raw, points: applyPercent(raw, mapping?.weightPercent ?? 100) });
  });
  reviews.forEach((list) => list.sort((a, b) => a.round - b.round));
  return reviews;
}

/** The review mapping of the scheme's category that has one (null: none does). */
function reviewMapping(compiled: CompiledScheme): ReviewMapping | null {
  for (const category of compiled.categories) if (category.source.review) return category.source.review;
  return null;
}

/** The points a result maps to: the mapping's fixed value, or the given points within its range (null after a problem). */
function mappedPoints(mapping: ReviewMapping, review: ReviewInput, report: (message: string) => void): Centi | null {
  const range = mapping.points[review.grade];
  if (range.min === range.max) {
    if (review.points !== undefined && review.points !== range.min) return (report(reviewFixedPointsText(review.grade, range.min)), null);
    return toCenti(range.min);
  }
  if (review.points === undefined) return (report(reviewPointsMissingText(review.grade, range.min, range.max)), null);
  if (review.points < range.min || review.points > range.max)
    return (report(reviewPointsRangeText(review.grade, range.min, range.max)), null);
  return toCenti(review.points);
}
