import type { Multiplier } from '../../scheme/schema';
import type { CompiledScheme } from '../compile/compiled-scheme';
import type { MemberInput } from '../scoring-input.schema';

/** Per-member multipliers whose non-age conditions hold; age is checked per entry. */
export interface MemberMultiplier {
  multiplier: Multiplier;
  percent: number;
  ageAtLeast: number;
  ageBelow: number;
  /** By category index: does it apply there. */
  categories: boolean[];
}

function matchesWithoutAge(member: MemberInput, when: Multiplier['when']): boolean {
  if (when.categories && !when.categories.includes(member.category)) return false;
  if (when.statuses && !when.statuses.includes(member.status)) return false;
  if (when.tiers && (member.tier === undefined || !when.tiers.includes(member.tier))) return false;
  return true;
}

/** By member: the scheme's multipliers that may apply to them (null: none), checked once rather than per entry. */
export function memberMultipliers(compiled: CompiledScheme, members: MemberInput[]): (MemberMultiplier[] | null)[] {
  return members.map((member) => {
    const list = compiled.scheme.multipliers
      .filter((m) => matchesWithoutAge(member, m.when))
      .map((m) => ({
        multiplier: m,
        percent: m.percent,
        ageAtLeast: m.when.ageAtLeast ?? 0,
        ageBelow: m.when.ageBelow ?? Number.POSITIVE_INFINITY,
        categories: compiled.categories.map((c) => !m.categories || m.categories.includes(c.code)),
      }));
    return list.length > 0 ? list : null;
  });
}
