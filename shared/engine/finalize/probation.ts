import { fromCenti, toCenti } from '../../points';
import { gradeIn } from '../compile/grade-masks';
import type { Recorder } from '../evaluate/evaluation-context';
import type { ScoreTable } from '../table/score-table';
import { probationBelowText, probationByGradeText } from '../trace-wording';

/**
 * A probationary member's (or, where the flag says so, an activist's) flags (延长预备期 …): bit k of
 * `flagMask` for the scheme's k-th flag, given by the final grade or by a total below the flag's points.
 */
export function flagProbation(t: ScoreTable, m: number, rec: Recorder | null): void {
  const { scheme } = t.compiled;
  const total = t.total[m];
  let flags = 0;
  const status = t.members[m].status;
  if (status !== 'full') {
    scheme.probation.flags.forEach((flag, k) => {
      if (!flag.statuses.includes(status)) return;
      const grades = t.compiled.probationGrades[k];
      if (grades !== null ? !gradeIn(grades, t.grade[m]) : !(total < toCenti(flag.below!))) return;
      flags |= 1 << k;
      rec?.line({
        rule: 'probation',
        points: fromCenti(total),
        message:
          grades !== null
            ? probationByGradeText(status, scheme.grading!.bands[t.grade[m]].name, flag.name)
            : probationBelowText(status, total, flag.below!, flag.name),
      });
    });
  }
  t.flagMask[m] = flags;
}
