import { BranchScore, EntryInput, HistoryInput, MemberScore, scoreBranch } from '../../shared/engine';
import type { LocalDate } from '../../shared/period';
import { memberInputOf } from '../members/member-input';
import type { MemberDoc } from '../members/member.doc';
import type { Repositories } from '../repositories';
import type { BranchYear } from '../schemes/branch-year';
import { scoringFromOf } from '../schemes/scheme.doc';
import { reviewRulesOf } from './review-rules';
import { decidedHistory, historyForScheme } from './year-history';
import type { StoredReview, YearComputationDoc, YearRowDoc } from './year-sheet.doc';

/** What the core needs from storage for a branch's year, besides the pinned scheme and the review results. */
export interface YearInputs {
  members: MemberDoc[];
  entries: EntryInput[];
  history: HistoryInput[];
}

/**
 * Reads a branch's year for the core: its active members, the year's ledger lines grouped by member in
 * the database, and the members' decided earlier years. Requests: members (1 per 1000) ∥ ledger lines
 * (1 per 250 members) ∥ then history (1, after the members) — nothing per member.
 */
export async function readYearInputs(
  repos: Pick<Repositories, 'members' | 'ledger' | 'yearSheets'>,
  branchId: string,
  year: number,
): Promise<YearInputs> {
  const members = repos.members.activeOfBranch(branchId);
  const [memberDocs, entries, history] = await Promise.all([
    members,
    repos.ledger.scoringEntriesOfBranchYear(branchId, year),
    members.then((found) => decidedHistory(repos, found, year)),
  ]);
  return { members: memberDocs, entries, history };
}

function rowOf(
  score: MemberScore,
  member: MemberDoc | undefined,
  reviews: StoredReview[],
  movedDown: Set<string>,
  rankingEnabled: boolean,
): YearRowDoc {
  return {
    memberId: score.id,
    movedFrom: member?.movedFrom ?? null,
    name: score.name,
    status: score.status,
    category: score.category,
    total: score.total,
    stars: score.stars,
    grade: score.grade?.code ?? null,
    gradeNote: score.gradeNote,
    movedDownByQuota: movedDown.has(score.id),
    rank: rankingEnabled ? score.rank : null,
    reviews: reviews.map(({ round, grade, points }) => ({ round, grade, points })),
    warnings: score.warnings.map((w) => ({ code: w.code, name: w.name, action: w.action, period: w.period ?? null })),
    flags: score.flags.map((f) => ({ code: f.code, name: f.name })),
    escalation: score.escalation ? { count: score.escalation.count, action: score.escalation.action } : null,
    veto: score.veto ? { itemCode: score.veto.item, name: score.veto.name, date: score.veto.date, effect: score.veto.effect } : null,
  };
}

/**
 * The branch's year computed by the scoring core as of a date: totals, stars, grades after the quota
 * (its outcome and explanation, ties included), warnings, probation flags and escalation from the
 * members' history, with the scheme it was computed with. Review results and lines of members no longer
 * in the branch are left out. Pure.
 */
export function computeYear(
  branchYear: BranchYear,
  inputs: YearInputs,
  reviews: readonly StoredReview[],
  asOf: LocalDate,
): YearComputationDoc {
  const { scheme, doc } = branchYear;
  const byId = new Map(inputs.members.map((m) => [m._id, m]));
  const mine = reviews.filter((r) => byId.has(r.memberId));
  const result: BranchScore = scoreBranch(scheme, {
    year: doc.year,
    asOf,
    from: scoringFromOf(doc),
    members: inputs.members.map(memberInputOf),
    entries: inputs.entries.filter((e) => byId.has(e.member)),
    reviews: mine.map((r) => ({ member: r.memberId, round: r.round, grade: r.grade, ...(r.points !== null ? { points: r.points } : {}) })),
    history: historyForScheme(inputs.history, scheme).filter((h) => byId.has(h.member)),
  });
  const movedDown = new Set(result.quotas.flatMap((q) => q.movedDown));
  const reviewsOf = new Map<string, StoredReview[]>();
  for (const review of mine) reviewsOf.set(review.memberId, [...(reviewsOf.get(review.memberId) ?? []), review]);
  return {
    asOf: result.asOf,
    from: result.from,
    countedPeriods: result.countedPeriods,
    scheme: { id: scheme.id, version: scheme.version, source: doc.source, name: scheme.name, periodUnit: scheme.period },
    bands: scheme.grading?.bands.map((b) => ({ code: b.code, name: b.name })) ?? [],
    maxStars: scheme.stars?.bands[0]?.stars ?? null,
    reviewRules: reviewRulesOf(scheme),
    quotas: result.quotas.map((q) => ({
      grade: q.grade,
      gradeName: q.gradeName,
      maxPercent: q.maxPercent,
      maxPlaces: q.maxPlaces,
      gradedMembers: q.gradedMembers,
      limit: q.limit,
      candidates: q.candidates,
      granted: q.granted,
      movedDown: q.movedDown,
      tie: q.tie ? { points: q.tie.points, memberIds: q.tie.members, decision: q.tie.decision } : null,
      explanation: q.explanation,
    })),
    rankingEnabled: result.rankingEnabled,
    rows: result.members.map((score) => rowOf(score, byId.get(score.id), reviewsOf.get(score.id) ?? [], movedDown, result.rankingEnabled)),
    exempt: result.exempt.map((e) => ({ memberId: e.id, name: e.name, reason: e.reason ?? null })),
  };
}

/** Members under points management without every review round, when the scheme uses reviews. */
export function reviewsMissingOf(computation: YearComputationDoc): YearRowDoc[] {
  const rules = computation.reviewRules;
  if (!rules) return [];
  return computation.rows.filter((row) => row.status !== 'activist' && row.reviews.length < rules.rounds);
}
