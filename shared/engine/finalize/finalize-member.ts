import { asCenti, fromCenti, toCenti, ZERO_CENTI } from '../../points';
import type { Warning } from '../../scheme/schema';
import { NO_GRADE } from '../compile/bands';
import type { Recorder } from '../evaluate/evaluation-context';
import {
  escalationText,
  periodWarningText,
  probationBelowText,
  probationByGradeText,
  quotaKeptText,
  quotaOverText,
  quotaTiedText,
  yearWarningReason,
  yearWarningText,
} from '../trace-wording';
import { QuotaMark, ScoreTable } from '../table/score-table';

/** True when the grade (a band index, NO_GRADE for none) is one the mask lists; always true without a mask. */
function gradeIn(mask: Uint8Array | null, grade: number): boolean {
  return mask === null || (grade !== NO_GRADE && mask[grade] === 1);
}

/** `grades` is the warning's grade mask (year warnings only); the grade is the member's final one. */
function meets(when: Warning['when'], grades: Uint8Array | null, total: number, stars: number, grade: number): boolean {
  if (when.below !== undefined && !(total < toCenti(when.below))) return false;
  if (when.atLeast !== undefined && !(total >= toCenti(when.atLeast))) return false;
  if (when.starsAtMost !== undefined && !(stars >= 0 && stars <= when.starsAtMost)) return false;
  return gradeIn(grades, grade);
}

/** The warnings a member's scores and final grade raise: period −1 for yearly ones. Call after the quota. */
export function warningHits(t: ScoreTable, m: number): { warning: Warning; k: number; period: number }[] {
  const member = t.members[m];
  const hits: { warning: Warning; k: number; period: number }[] = [];
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

/** Why a yearly warning was raised, for the trace: the grade, the total or the stars it names. */
function yearWarningReasonOf(t: ScoreTable, m: number, when: Warning['when']): string {
  const byPoints = when.below !== undefined || when.atLeast !== undefined || !when.grades;
  return yearWarningReason(
    when.grades ? t.compiled.scheme.grading!.bands[t.grade[m]].name : null,
    byPoints ? asCenti(t.total[m]) : null,
    when.starsAtMost !== undefined ? Math.max(0, t.stars[m]) : null,
  );
}

/**
 * After the quota: warnings (yearly and per period), probation flags and consecutive-year escalation.
 * Bit k of warningMask / flagMask is the scheme's k-th warning / probation flag.
 */
export function finalizeMember(t: ScoreTable, m: number, rec: Recorder | null): void {
  if (t.exempt[m] === 1) return;
  const { scheme } = t.compiled;
  const member = t.members[m];
  const total = t.total[m];

  if (rec && t.quotaMark[m] !== QuotaMark.None) {
    const q = t.quotas[t.quotaByMember[m]];
    const bands = scheme.grading!.bands;
    rec.line({
      rule: 'quota',
      message:
        t.quotaMark[m] === QuotaMark.Kept
          ? quotaKeptText(q.gradeName, q.limit)
          : t.quotaMark[m] === QuotaMark.Tied
            ? quotaTiedText(asCenti(total), q.gradeName, q.limit, bands[t.grade[m]].name)
            : quotaOverText(q.gradeName, q.limit, bands[t.grade[m]].name),
    });
  }

  let warnings = 0;
  const hits = warningHits(t, m);
  for (const { warning, k, period } of hits) {
    warnings |= 1 << k;
    if (period < 0) {
      rec?.line({
        rule: 'warning',
        points: fromCenti(total),
        message: yearWarningText(warning.name, yearWarningReasonOf(t, m, warning.when), warning.action),
      });
    } else {
      const value = t.periodTotal[m * t.periodCount + period];
      rec?.line({
        rule: 'warning',
        period: t.periodKeys[period],
        points: fromCenti(value),
        message: periodWarningText(t.periodLabels[period], warning.name, asCenti(value), warning.action),
      });
    }
  }
  t.warningMask[m] = warnings;

  let flags = 0;
  if (member.status === 'probationary') {
    scheme.probation.flags.forEach((f, k) => {
      const grades = t.compiled.probationGrades[k];
      if (grades !== null ? gradeIn(grades, t.grade[m]) : total < toCenti(f.below!)) {
        flags |= 1 << k;
        rec?.line({
          rule: 'probation',
          points: fromCenti(total),
          message:
            grades !== null
              ? probationByGradeText(scheme.grading!.bands[t.grade[m]].name, f.name)
              : probationBelowText(asCenti(total), f.below!, f.name),
        });
      }
    });
  }
  t.flagMask[m] = flags;

  t.escalationCount[m] = 0;
  const esc = scheme.escalation;
  if (!esc) return;
  const bands = scheme.grading?.bands ?? [];
  const byGrades = 'grades' in esc.when ? esc.when.grades : null;
  const below = 'below' in esc.when ? toCenti(esc.when.below) : ZERO_CENTI;
  const gradeCode = t.grade[m] === NO_GRADE ? undefined : bands[t.grade[m]].code;
  const now = byGrades ? gradeCode !== undefined && byGrades.includes(gradeCode) : total < below;
  if (!now) return;
  const meetsHistory = (h: { grade?: string; total?: number }) =>
    byGrades ? h.grade !== undefined && byGrades.includes(h.grade) : h.total !== undefined && toCenti(h.total) < below;
  let count = 1;
  const history = t.history[m];
  if (esc.counting === 'total') count += history.filter(meetsHistory).length;
  else {
    for (let year = t.year - 1; ; year--) {
      const h = history.find((x) => x.year === year);
      if (!h || !meetsHistory(h)) break;
      count++;
    }
  }
  t.escalationCount[m] = Math.min(count, 100);
  const step = escalationStep(t, m);
  if (step) {
    rec?.line({
      rule: 'escalation',
      message: escalationText(
        esc.counting === 'consecutive',
        count,
        byGrades ? byGrades.map((c) => bands.find((b) => b.code === c)?.name) : null,
        below,
        step.action,
      ),
    });
  }
}

export function escalationStep(t: ScoreTable, m: number): { count: number; action: string } | null {
  const count = t.escalationCount[m];
  const esc = t.compiled.scheme.escalation;
  if (!esc || count === 0) return null;
  const step = [...esc.steps].filter((s) => s.count <= count).sort((a, b) => b.count - a.count)[0];
  return step ? { count, action: step.action } : null;
}
