import { toCenti, ZERO_CENTI } from '../../points';
import { NO_GRADE } from '../compile/bands';
import type { Recorder } from '../evaluate/evaluation-context';
import type { ScoreTable } from '../table/score-table';
import { escalationText } from '../trace-wording';

/**
 * How many years (this one included) member m has met the scheme's escalation condition — graded at the
 * grades it names, or below its points — consecutively or in total by the scheme, from the history;
 * 0 when this year does not meet it. Writes `escalationCount` and tells the step it reaches.
 */
export function countEscalation(t: ScoreTable, m: number, rec: Recorder | null): void {
  t.escalationCount[m] = 0;
  const esc = t.compiled.scheme.escalation;
  if (!esc) return;
  const bands = t.compiled.scheme.grading?.bands ?? [];
  const byGrades = 'grades' in esc.when ? esc.when.grades : null;
  const below = 'below' in esc.when ? toCenti(esc.when.below) : ZERO_CENTI;
  const gradeCode = t.grade[m] === NO_GRADE ? undefined : bands[t.grade[m]].code;
  const now = byGrades ? gradeCode !== undefined && byGrades.includes(gradeCode) : t.total[m] < below;
  if (!now) return;
  const meetsInHistory = (h: { grade?: string; total?: number }) =>
    byGrades ? h.grade !== undefined && byGrades.includes(h.grade) : h.total !== undefined && toCenti(h.total) < below;
  let count = 1;
  const history = t.history[m];
  if (esc.counting === 'total') count += history.filter(meetsInHistory).length;
  else {
    for (let year = t.year - 1; ; year--) {
      const h = history.find((x) => x.year === year);
      if (!h || !meetsInHistory(h)) break;
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

/** The escalation step member m reaches (the highest whose count they have met), or null. */
export function escalationStep(t: ScoreTable, m: number): { count: number; action: string } | null {
  const count = t.escalationCount[m];
  const esc = t.compiled.scheme.escalation;
  if (!esc || count === 0) return null;
  const step = [...esc.steps].filter((s) => s.count <= count).sort((a, b) => b.count - a.count)[0];
  return step ? { count, action: step.action } : null;
}
