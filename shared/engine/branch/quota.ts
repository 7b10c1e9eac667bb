import { fromCenti } from '../../points';
import type { Quota } from '../../scheme/schema';
import { NO_GRADE } from '../compile/bands';
import type { QuotaOutcome } from '../result.types';
import { QuotaMark, ScoreTable } from '../table/score-table';
import { quotaExplanation } from '../trace-wording';
import { byTotalThenId } from './branch-groups';
import { quotaCut } from './quota-cut';

/**
 * The branch quota, per branch: limit = floor(graded × maxPercent / 100) (001: 优秀 ≤ 20 % of members)
 * and/or maxPlaces (按照分配名额: at most N); with both, the smaller.
 * Candidates are ranked by year total; those past the cut move down one grade. Sets every final grade
 * (`grade`), the quota marks and the outcomes (`quotas`).
 */
export function applyQuota(t: ScoreTable, groups: Map<string | null, number[]>): void {
  t.grade.set(t.gradeBeforeQuota);
  const { quota, grading } = t.compiled.scheme;
  if (!quota || !grading) return;
  const band = grading.bands.findIndex((b) => b.code === quota.grade);
  for (const [branch, members] of groups) t.quotas.push(branchQuota(t, quota, band, branch, members));
}

function branchQuota(t: ScoreTable, quota: Quota, band: number, branch: string | null, members: number[]): QuotaOutcome {
  const bands = t.compiled.scheme.grading!.bands;
  const gradeName = bands[band].name;
  const graded = members.filter((m) => t.gradeBeforeQuota[m] !== NO_GRADE);
  const limit = quotaLimit(quota, graded.length);
  const candidates = graded.filter((m) => t.gradeBeforeQuota[m] === band).sort(byTotalThenId(t));
  const { admitted, tie } = quotaCut(t, candidates, limit, quota.ties);

  const quotaIndex = t.quotas.length;
  const movedDown: string[] = [];
  candidates.forEach((m, position) => {
    t.quotaByMember[m] = quotaIndex;
    if (position < admitted) {
      t.quotaMark[m] = QuotaMark.Kept;
    } else {
      t.grade[m] = band + 1;
      t.quotaMark[m] = tie !== null && t.total[m] === tie.points ? QuotaMark.Tied : QuotaMark.OverLimit;
      movedDown.push(t.members[m].id);
    }
  });
  return {
    branch,
    grade: quota.grade,
    gradeName,
    maxPercent: quota.maxPercent ?? null,
    maxPlaces: quota.maxPlaces ?? null,
    gradedMembers: graded.length,
    limit,
    candidates: candidates.length,
    granted: candidates.length - movedDown.length,
    movedDown,
    tie: tie ? { points: fromCenti(tie.points), members: tie.members.map((m) => t.members[m].id), decision: quota.ties } : null,
    explanation: quotaExplanation({
      gradeName,
      nextName: bands[band + 1].name,
      maxPercent: quota.maxPercent ?? null,
      maxPlaces: quota.maxPlaces ?? null,
      graded: graded.length,
      limit,
      candidates: candidates.length,
      admitted,
      movedDown: movedDown.length,
      tie: tie ? { members: tie.members.length, points: tie.points, decision: quota.ties } : null,
    }),
  };
}

/** The number of places: the percentage of the graded members (rounded down) and/or the places given, whichever is fewer. */
export function quotaLimit(quota: Pick<Quota, 'maxPercent' | 'maxPlaces'>, graded: number): number {
  const byPercent = quota.maxPercent === undefined ? Infinity : Math.floor((graded * quota.maxPercent) / 100);
  const byPlaces = quota.maxPlaces ?? Infinity;
  return Math.min(byPercent, byPlaces);
}
