import type { MemberCondition } from '../../scheme/schema';
import type { MemberInput } from '../scoring-input.schema';

/** Whether a member (of `age`) meets a scheme's condition on categories, statuses, tiers and age. */
export function matchesMember(when: MemberCondition, member: MemberInput, age: number): boolean {
  if (when.categories && !when.categories.includes(member.category)) return false;
  if (when.statuses && !when.statuses.includes(member.status)) return false;
  if (when.tiers && (member.tier === undefined || !when.tiers.includes(member.tier))) return false;
  if (when.ageAtLeast !== undefined && age < when.ageAtLeast) return false;
  if (when.ageBelow !== undefined && age >= when.ageBelow) return false;
  return true;
}
