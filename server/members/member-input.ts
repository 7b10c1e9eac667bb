import type { MemberInput } from '../../shared/engine';
import type { MemberDoc } from './member.doc';

/** The member as the scoring core sees them. Posts are left out: each entry's post was checked when it was written. */
export function memberInputOf(member: MemberDoc): MemberInput {
  return {
    id: member._id,
    name: member.name,
    birthDate: member.birthDate,
    status: member.status,
    category: member.category,
    ...(member.tier ? { tier: member.tier } : {}),
    exempt: member.exempt !== null,
  };
}
