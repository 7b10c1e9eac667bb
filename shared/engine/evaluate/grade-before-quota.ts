import { fromCenti } from '../../points';
import { gradeBandOf, NO_GRADE } from '../compile/bands';
import { VETO_LOWEST_GRADE } from '../compile/compiled-scheme';
import { GradeNote } from '../table/score-table';
import { AWAITING_REVIEW_TEXT, notGradedText, pointsGradeText, reviewGradeText, vetoGradeText } from '../trace-wording';
import type { EvaluationContext } from './evaluation-context';
import { applyGradeRules } from './grade-rules';

/**
 * Step 7: the member's grade before the branch quota — none where the scheme does not grade (or not
 * this status), the lowest after a veto that says so, otherwise by the total's band or by the latest
 * review result, then moved down by the scheme's grade rules. Writes `gradeBeforeQuota` and `gradeNote`.
 */
export function gradeBeforeQuota(ctx: EvaluationContext): void {
  const { table: t, recorder } = ctx;
  const m = ctx.member;
  const member = t.members[m];
  const { grading } = ctx.compiled.scheme;
  t.gradeNote[m] = GradeNote.None;
  t.gradeBeforeQuota[m] = NO_GRADE;
  if (!grading) {
    t.gradeNote[m] = GradeNote.NoGrading;
    return;
  }
  if (!grading.gradedStatuses.includes(member.status)) {
    t.gradeNote[m] = GradeNote.NotGraded;
    recorder?.line({ rule: 'grade', message: notGradedText(member.status) });
    return;
  }
  const bands = grading.bands;
  if (t.vetoEffect[m] & VETO_LOWEST_GRADE) {
    const lowest = bands.length - 1;
    recorder?.line({ rule: 'grade', message: vetoGradeText(bands[lowest].name) });
    t.gradeBeforeQuota[m] = lowest;
    return;
  }
  let grade: number;
  if (grading.basis === 'points') {
    const total = t.total[m];
    grade = gradeBandOf(t.gradeBands, total);
    recorder?.line({ rule: 'grade', points: fromCenti(total), message: pointsGradeText(total, bands[grade].name) });
  } else {
    const reviews = t.reviews[m];
    const latest = reviews[reviews.length - 1];
    if (!latest) {
      t.gradeNote[m] = GradeNote.AwaitingReview;
      recorder?.line({ rule: 'grade', message: AWAITING_REVIEW_TEXT });
      return;
    }
    const code = grading.fromReview![latest.grade];
    grade = bands.findIndex((b) => b.code === code);
    recorder?.line({ rule: 'grade', message: reviewGradeText(latest.grade, bands[grade].name) });
  }
  t.gradeBeforeQuota[m] = applyGradeRules(ctx, grade);
}
