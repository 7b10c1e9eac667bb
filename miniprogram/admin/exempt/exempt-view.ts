import type { CONTRACTS, ResponseOf } from '../../shared/index';
import { fullDayOf } from '../common/admin-branch';

export type MemberList = ResponseOf<typeof CONTRACTS.org.listMembers>;
type Member = MemberList['members'][number];

export interface ExemptRow {
  memberId: string;
  name: string;
  reason: string;
  sinceText: string;
}

export interface Candidate {
  memberId: string;
  name: string;
}

export function exemptRowOf(member: Pick<Member, 'memberId' | 'name'>, exempt: { reason: string; approvedAt: string }): ExemptRow {
  return {
    memberId: member.memberId,
    name: member.name,
    reason: exempt.reason,
    sinceText: `${fullDayOf(exempt.approvedAt)}起，经支部批准`,
  };
}

/** Those exempt now (with reason and since when), and the others, who may be registered. */
export function splitMembers(members: readonly Pick<Member, 'memberId' | 'name' | 'exempt'>[]): {
  exempt: ExemptRow[];
  others: Candidate[];
} {
  const exempt: ExemptRow[] = [];
  const others: Candidate[] = [];
  for (const m of members) {
    if (m.exempt) exempt.push(exemptRowOf(m, m.exempt));
    else others.push({ memberId: m.memberId, name: m.name });
  }
  return { exempt, others };
}
