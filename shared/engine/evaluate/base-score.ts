import { ageOn } from '../../period';
import { Centi, fromCenti, toCenti, ZERO_CENTI } from '../../points';
import { fixedBaseText, tierBaseText } from '../trace-wording';
import type { EvaluationContext } from './evaluation-context';
import { matchesMember } from './member-condition';

/** Step 4: the base score — none, fixed, or by the member's tier and age at the year's end (003 新坝乡). */
export function scoreBase(ctx: EvaluationContext): Centi {
  const { table: t, recorder } = ctx;
  const m = ctx.member;
  const rule = ctx.compiled.scheme.yearTotal.base;
  let base = ZERO_CENTI;
  if (rule.kind === 'fixed') {
    base = toCenti(rule.value);
    recorder?.line({ rule: 'base', points: fromCenti(base), message: fixedBaseText(base) });
  } else if (rule.kind === 'byTier') {
    const age = ageOn(t.birth[m], t.year * 10_000 + 1231);
    const tier = rule.tiers.findIndex((tr) => matchesMember(tr.when, t.members[m], age));
    base = toCenti(tier >= 0 ? rule.tiers[tier].value : rule.otherwise);
    t.baseTier[m] = tier;
    recorder?.line({
      rule: 'base',
      points: fromCenti(base),
      message: tierBaseText(tier >= 0 ? rule.tiers[tier].name : undefined, age, base),
    });
  }
  t.base[m] = base;
  return base;
}
