import { asCenti, fromCenti } from '../../points';
import { NO_GRADE } from '../compile/bands';
import { quotaExplanation } from '../trace-wording';
import type { QuotaOutcome } from '../result.types';
import { QuotaMark, ScoreTable } from '../table/score-table';

/** Members grouped by branch (a district scored at once); one group when no member names a branch. */
export function branchGroups(t: ScoreTable): Map<string | null, number[]> {
  const groups = new Map<string | null, number[]>();
  for (let m = 0; m < t.memberCount; m++) {
    if (t.exempt[m] === 1) continue;
    const key = t.members[m].branch ?? null;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(m);
  }
  return groups;
}

/** Higher total first; equal totals by member id, only to make listings stable (never to decide). */
function byTotalThenId(t: ScoreTable) {
  return (a: number, b: number) =>
    t.total[b] - t.total[a] || (t.members[a].id < t.members[b].id ? -1 : t.members[a].id > t.members[b].id ? 1 : 0);
}

/**
 * The branch quota (001: 优秀 ≤ 20 % of members). limit = floor(graded × maxPercent / 100).
 * Candidates are ranked by year total. When members tie across the limit the tie is never split:
 * 'excludeTied' moves all of them down (the cap holds), 'includeTied' keeps all of them (the cap bends).
 */
export function applyQuota(t: ScoreTable, groups: Map<string | null, number[]>): void {
  t.grade.set(t.gradeBeforeQuota);
  const { quota, grading } = t.compiled.scheme;
  if (!quota || !grading) return;
  const band = grading.bands.findIndex((b) => b.code === quota.grade);
  const next = grading.bands[band + 1];
  const gradeName = grading.bands[band].name;

  for (const [branch, members] of groups) {
    const graded = members.filter((m) => t.gradeBeforeQuota[m] !== NO_GRADE);
    const limit = Math.floor((graded.length * quota.maxPercent) / 100);
    const candidates = graded.filter((m) => t.gradeBeforeQuota[m] === band).sort(byTotalThenId(t));
    let admitted = candidates.length;
    let tie: QuotaOutcome['tie'] = null;
    let tieCenti = Number.NaN;
    if (candidates.length > limit) {
      admitted = limit;
      const cutScore = limit > 0 ? t.total[candidates[limit - 1]] : null;
      if (cutScore !== null && t.total[candidates[limit]] === cutScore) {
        const tied = candidates.filter((m) => t.total[m] === cutScore);
        const above = candidates.filter((m) => t.total[m] > cutScore).length;
        admitted = quota.ties === 'includeTied' ? above + tied.length : above;
        tieCenti = cutScore;
        tie = { points: fromCenti(cutScore), members: tied.map((m) => t.members[m].id), decision: quota.ties };
      }
    }
    const movedDown: string[] = [];
    candidates.forEach((m, position) => {
      const quotaIndex = t.quotas.length;
      t.quotaByMember[m] = quotaIndex;
      if (position < admitted) {
        t.quotaMark[m] = QuotaMark.Kept;
      } else {
        t.grade[m] = band + 1;
        t.quotaMark[m] = t.total[m] === tieCenti ? QuotaMark.Tied : QuotaMark.OverLimit;
        movedDown.push(t.members[m].id);
      }
    });
    t.quotas.push({
      branch,
      grade: quota.grade,
      gradeName,
      maxPercent: quota.maxPercent,
      gradedMembers: graded.length,
      limit,
      candidates: candidates.length,
      granted: candidates.length - movedDown.length,
      movedDown,
      tie,
      explanation: quotaExplanation({
        gradeName,
        nextName: next.name,
        maxPercent: quota.maxPercent,
        graded: graded.length,
        limit,
        candidates: candidates.length,
        admitted,
        movedDown: movedDown.length,
        tie: tie ? { members: tie.members.length, points: asCenti(tieCenti), decision: quota.ties } : null,
      }),
    });
  }
}

/** Competition ranking (1, 2, 2, 4) by year total within each branch; only when the scheme publishes rankings. */
export function applyRanking(t: ScoreTable, groups: Map<string | null, number[]>): void {
  t.rank.fill(0);
  if (!t.compiled.scheme.ranking.enabled) return;
  for (const members of groups.values()) {
    const sorted = [...members].sort(byTotalThenId(t));
    sorted.forEach((m, i) => {
      t.rank[m] = i > 0 && t.total[sorted[i - 1]] === t.total[m] ? t.rank[sorted[i - 1]] : i + 1;
    });
  }
}
