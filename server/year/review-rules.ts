import { REVIEW_GRADE_NAMES } from '../../shared/contracts/year/year-fields.schema';
import type { ReviewGrade, ReviewMapping, Scheme } from '../../shared/scheme';
import type { FieldProblem } from '../../shared/validation';
import { fail, failOnFields } from '../errors/domain-error';
import type { MemberDoc } from '../members/member.doc';
import type { StoredReview } from './year-sheet.doc';

/** How a scheme uses the democratic review (民主评议): rounds, weight, points per result, whether it gives the grade. */
export interface ReviewRules {
  rounds: 1 | 2;
  weightPercent: number;
  points: ReviewMapping['points'] | null;
  /** The grade comes from the review (000). */
  grades: boolean;
}

/** The scheme's review rules, or null when it does not use reviews (as the core reads them: the first category mapping them). */
export function reviewRulesOf(scheme: Scheme): ReviewRules | null {
  const mapping = scheme.categories.find((c) => c.review)?.review ?? null;
  const grades = scheme.grading?.basis === 'review';
  if (!mapping && !grades) return null;
  return { rounds: mapping?.rounds ?? 1, weightPercent: mapping?.weightPercent ?? 100, points: mapping?.points ?? null, grades };
}

/** A result to store: points as the scheme maps them, or the problem with the result (its path "round" or "points", under the result's). */
export function mappedReview(
  rules: ReviewRules,
  result: { memberId: string; round: 1 | 2; grade: ReviewGrade; points?: number | null },
): { review: StoredReview } | { problem: FieldProblem } {
  if (result.round > rules.rounds) return { problem: { path: 'round', message: `本方案每年评议 ${rules.rounds} 次` } };
  const base = { memberId: result.memberId, round: result.round, grade: result.grade };
  const given = result.points ?? undefined;
  if (!rules.points) {
    if (given !== undefined) return { problem: { path: 'points', message: '本方案的民主评议结果不计分，请不要填写分值' } };
    return { review: { ...base, points: null } };
  }
  const name = REVIEW_GRADE_NAMES[result.grade];
  const { min, max } = rules.points[result.grade];
  if (min === max) {
    if (given !== undefined && given !== min) return { problem: { path: 'points', message: `“${name}”在本方案中为 ${min} 分` } };
    return { review: { ...base, points: min } };
  }
  if (given === undefined) return { problem: { path: 'points', message: `请填写“${name}”的得分（${min}–${max} 分）` } };
  if (given < min || given > max) return { problem: { path: 'points', message: `“${name}”的得分应在 ${min}–${max} 分之间` } };
  return { review: { ...base, points: given } };
}

export interface ResultInput {
  memberId: string;
  round: 1 | 2;
  grade: ReviewGrade | null;
  points?: number;
}

/**
 * The results of one saveReviews call checked against the scheme and the branch: each names an active
 * member of the branch under points management (not an activist), once per round, with a result and
 * points the scheme allows (clearing needs no rules: `rules` null clears only). All problems at once (VALIDATION FIELD_INVALID naming each field); an
 * officer's own result is refused (FORBIDDEN SELF_ENTRY). Answers each result as stored (null: cleared).
 */
export function checkResults(
  rules: ReviewRules | null,
  results: readonly ResultInput[],
  branchId: string,
  members: ReadonlyMap<string, MemberDoc>,
  callerOpenid: string,
): { memberId: string; round: 1 | 2; review: StoredReview | null }[] {
  const problems: FieldProblem[] = [];
  const own: FieldProblem[] = [];
  const seen = new Set<string>();
  const checked = results.map((result, i) => {
    const at = (field: string) => `results.${i}.${field}`;
    const member = members.get(result.memberId);
    const key = `${result.memberId}:${result.round}`;
    if (!member || member.branchId !== branchId || !member.active) problems.push({ path: at('memberId'), message: '不是本支部的党员' });
    else if (member.exempt) problems.push({ path: at('memberId'), message: `${member.name}不纳入积分管理，无需评议` });
    else if (member.status === 'activist')
      problems.push({ path: at('memberId'), message: `${member.name}是入党积极分子，不参加党员民主评议` });
    else if (member.openid !== null && member.openid === callerOpenid)
      own.push({ path: at('memberId'), message: '本人的评议结果请由支部其他书记或上级党委管理员录入' });
    else if (seen.has(key)) problems.push({ path: at('round'), message: '同一党员同一轮次录入了两次' });
    seen.add(key);
    if (result.grade === null || !rules) return { memberId: result.memberId, round: result.round, review: null };
    const mapped = mappedReview(rules, { ...result, grade: result.grade });
    if ('problem' in mapped) {
      problems.push({ path: at(mapped.problem.path), message: mapped.problem.message });
      return { memberId: result.memberId, round: result.round, review: null };
    }
    return { memberId: result.memberId, round: result.round, review: mapped.review };
  });
  if (problems.length > 0) throw failOnFields('FIELD_INVALID', problems);
  if (own.length > 0) throw failOnFields('SELF_ENTRY', own);
  return checked;
}

const sameReview = (a: StoredReview, b: StoredReview) => a.grade === b.grade && a.points === b.points;

/** The stored results with these set or cleared, in member and round order, and how many actually changed. */
export function withResults(
  stored: readonly StoredReview[],
  changes: readonly { memberId: string; round: 1 | 2; review: StoredReview | null }[],
): { reviews: StoredReview[]; changed: number } {
  const byKey = new Map(stored.map((r) => [`${r.memberId}:${r.round}`, r]));
  let changed = 0;
  for (const change of changes) {
    const key = `${change.memberId}:${change.round}`;
    const before = byKey.get(key);
    if (change.review === null) {
      if (before) changed += 1;
      byKey.delete(key);
    } else {
      if (!before || !sameReview(before, change.review)) changed += 1;
      byKey.set(key, change.review);
    }
  }
  const reviews = [...byKey.values()].sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : a.round - b.round));
  return { reviews, changed };
}

/** Stored results the scheme no longer accepts (it was changed after they were entered): YEAR_REVIEWS_STALE. */
export function requireCurrentReviews(rules: ReviewRules | null, reviews: readonly StoredReview[], year: number): void {
  const stale = reviews.filter((review) => !rules || 'problem' in mappedReview(rules, review)).length;
  if (stale > 0) throw fail('YEAR_REVIEWS_STALE', { count: stale, year });
}
