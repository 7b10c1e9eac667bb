import { z } from 'zod';
import { MemberCategory, type Scheme } from '../scheme/schema';
import type { BranchScore, MemberScore } from './result.types';
import { scoreBranch } from './score-branch';
import { ScoringInputError } from './scoring-error';
import { MemberInput, ScoringInput } from './scoring-input.schema';
import { categoryNeededText, NOT_IN_SCORED_YEAR } from './input-wording';

/**
 * A scenario as a file gives it (docs/scenario-format.md): the scoring input, except that a member's
 * category (自管/在职/流动) may be left out where the scheme does not use categories.
 */
export const Scenario = z
  .object({ ...ScoringInput.shape, members: z.array(z.object({ ...MemberInput.shape, category: MemberCategory.optional() }).strict()) })
  .strict()
  .refine((input) => input.from === undefined || input.from.slice(0, 4) === String(input.year), {
    message: NOT_IN_SCORED_YEAR,
    path: ['from'],
  });
export type Scenario = z.infer<typeof Scenario>;

/** A scenario member's score: the category only where the scenario gives one. */
export type ScenarioMemberScore = Omit<MemberScore, 'category'> & { category?: MemberScore['category'] };
export type ScenarioScore = Omit<BranchScore, 'members'> & { members: ScenarioMemberScore[] };

/** Where the scheme tells members apart by category: the paths of its conditions on categories. */
export function categoryUses(scheme: Scheme): string[] {
  const uses: string[] = [];
  scheme.multipliers.forEach((m, i) => m.when.categories && uses.push(`multipliers.${i}.when.categories`));
  const base = scheme.yearTotal.base;
  if (base.kind === 'byTier') base.tiers.forEach((t, i) => t.when.categories && uses.push(`yearTotal.base.tiers.${i}.when.categories`));
  scheme.gradeRules.forEach((r, i) => r.kind === 'minStars' && r.categories && uses.push(`gradeRules.${i}.categories`));
  return uses;
}

/**
 * Scores a scenario: members without a category are scored as any member (the scheme does not look at
 * categories, or the scenario is refused with members.N.category) and their result leaves it out.
 */
export function scoreScenario(scheme: Scheme, scenario: Scenario): ScenarioScore {
  const uses = categoryUses(scheme);
  const missing = new Set<string>();
  const problems = scenario.members.flatMap((member, i) => {
    if (member.category !== undefined) return [];
    missing.add(member.id);
    return uses.length > 0 ? [{ path: `members.${i}.category`, message: categoryNeededText(uses[0]) }] : [];
  });
  if (problems.length > 0) throw new ScoringInputError(problems);
  // Never read: the scheme has no condition on categories.
  const members = scenario.members.map((m) => ({ ...m, category: m.category ?? ('selfManaged' as const) }));
  const result = scoreBranch(scheme, { ...scenario, members });
  return {
    ...result,
    members: result.members.map((score) => {
      if (!missing.has(score.id)) return score;
      const { category: _unused, ...rest } = score;
      return rest;
    }),
  };
}
