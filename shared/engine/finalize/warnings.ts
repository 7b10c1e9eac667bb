import { Centi, fromCenti, toCenti } from '../../points';
import type { Warning } from '../../scheme/schema';
import { NO_GRADE } from '../compile/bands';
import { gradeIn } from '../compile/grade-masks';
import type { Recorder } from '../evaluate/evaluation-context';
import type { ScoreTable } from '../table/score-table';
import { periodWarningText, yearWarningReason, yearWarningText } from '../trace-wording';

/** A warning a member's scores raise: period −1 for a yearly one. `k` is the warning's position in the scheme. */
export interface WarningHitAt {
  warning: Warning;
  k: number;
  period: number;
}

/** `grades` is the warning's grade mask (year warnings only); the grade is the member's final one. */
function meets(when: Warning['when'], grades: Uint8Array | null, total: Centi, stars: number, grade: number): boolean {
  if (when.below !== undefined && !(total < toCenti(when.below))) return false;
  if (when.atLeast !== undefined && !(total >= toCenti(when.atLeast))) return false;
  if (when.starsAtMost !== undefined && !(stars >= 0 && stars <= when.starsAtMost)) return false;
  return gradeIn(grades, grade);
}

/** The warnings a member's scores and final grade raise, yearly and per counted period. Call after the quota. */
export function warningHits(t: ScoreTable, m: number): WarningHitAt[] {
  const member = t.members[m];
  const hits: WarningHitAt[] = [];
  t.compiled.scheme.warnings.forEach((warning, k) => {
    if (!warning.statuses.includes(member.status)) return;
    if (warning.scope === 'year') {
      if (meets(warning.when, t.compiled.warningGrades[k], t.total[m], t.stars[m], t.grade[m])) hits.push({ warning, k, period: -1 });
      return;
    }
    for (let p = t.firstPeriod; p < t.endPeriod; p++) {
      const cell = m * t.periodCount + p;
      if (meets(warning.when, null, t.periodTotal[cell], t.periodStars[cell], NO_GRADE)) hits.push({ warning, k, period: p });
    }
  });
  return hits;
}

/** Raises member m's warnings: bit k of `warningMask` for the scheme's k-th warning, a trace line for each hit. */
export function raiseWarnings(t: ScoreTable, m: number, rec: Recorder | null): void {
  let mask = 0;
  for (const { warning, k, period } of warningHits(t, m)) {
    mask |= 1 << k;
    if (!rec) continue;
    if (period < 0) {
      rec.line({
        rule: 'warning',
        points: fromCenti(t.total[m]),
        message: yearWarningText(warning.name, yearWarningReasonOf(t, m, warning.when), warning.action),
      });
    } else {
      const value = t.periodTotal[m * t.periodCount + period];
      rec.line({
        rule: 'warning',
        period: t.periodKeys[period],
        points: fromCenti(value),
        message: periodWarningText(t.periodLabels[period], warning.name, value, warning.action),
      });
    }
  }
  t.warningMask[m] = mask;
}

/** Why a yearly warning was raised: the grade, the total or the stars its condition names. */
function yearWarningReasonOf(t: ScoreTable, m: number, when: Warning['when']): string {
  const byPoints = when.below !== undefined || when.atLeast !== undefined || !when.grades;
  return yearWarningReason(
    when.grades ? t.compiled.scheme.grading!.bands[t.grade[m]].name : null,
    byPoints ? t.total[m] : null,
    when.starsAtMost !== undefined ? Math.max(0, t.stars[m]) : null,
  );
}
