import { gradeRuleText, tooFewPeriodStarsText, tooFewStarsText } from '../trace-wording';
import type { EvaluationContext } from './evaluation-context';

/**
 * Moves a grade down while the member fails one of the scheme's rules for it (000: 在职党员少于三星
 * 不能评优秀; a rule on every period's stars), one band at a time, until every rule for the grade holds.
 */
export function applyGradeRules(ctx: EvaluationContext, grade: number): number {
  const { grading, gradeRules } = ctx.compiled.scheme;
  const bands = grading!.bands;
  let changed = true;
  while (changed) {
    changed = false;
    for (const rule of gradeRules) {
      if (bands[grade].code !== rule.grade) continue;
      let why: string | null;
      if (rule.kind === 'minStars') {
        if (rule.categories && !rule.categories.includes(ctx.table.members[ctx.member].category)) continue;
        why = tooFewStars(ctx, rule.minStars, rule.categories !== undefined);
      } else {
        why = tooFewStarsInAPeriod(ctx, rule.minStars);
      }
      if (why === null) continue;
      ctx.recorder?.line({ rule: 'gradeRule', message: gradeRuleText(why, bands[grade].name, bands[grade + 1].name) });
      grade++;
      changed = true;
    }
  }
  return grade;
}

/** Why the year's stars are too few for the rule (null: they are enough). */
function tooFewStars(ctx: EvaluationContext, minStars: number, forSomeCategories: boolean): string | null {
  const stars = Math.max(0, ctx.table.stars[ctx.member]);
  return stars < minStars ? tooFewStarsText(forSomeCategories, minStars, stars) : null;
}

/** Why a counted period's stars are too few (the first such period; null: none is). */
function tooFewStarsInAPeriod(ctx: EvaluationContext, minStars: number): string | null {
  const t = ctx.table;
  for (let p = t.firstPeriod; p < t.endPeriod; p++) {
    const stars = Math.max(0, t.periodStars[ctx.member * t.periodCount + p]);
    if (stars < minStars) return tooFewPeriodStarsText(t.periodLabels[p], stars, minStars);
  }
  return null;
}
