import { BranchScore, HistoryInput, ReviewInput, scoreBranch } from '../../shared/engine';
import type { LocalDate } from '../../shared/period';
import { memberInputOf } from '../members/member-input';
import type { MemberDoc } from '../members/member.doc';
import type { Repositories } from '../repositories';
import type { BranchYear } from '../schemes/branch-year';
import { scoringFromOf } from '../schemes/scheme.doc';

export interface BranchScores {
  result: BranchScore;
  /** The branch's active member records the core scored, by id (names, categories for the pages). */
  members: Map<string, MemberDoc>;
}

/**
 * A whole branch scored by the core from its ledger, as of a date: its active members and every line
 * of the year (lines of members no longer in the branch are left out). Database requests: 1 per 1000
 * members + 1 per 250 members (their lines grouped in the database), in parallel — nothing per member.
 */
export async function scoreBranchFromLedger(
  repos: Pick<Repositories, 'members' | 'ledger'>,
  branchYear: BranchYear,
  options: { asOf: LocalDate; reviews?: ReviewInput[]; history?: HistoryInput[] },
): Promise<BranchScores> {
  const { branchId, year } = branchYear.doc;
  const [members, entries] = await Promise.all([
    repos.members.activeOfBranch(branchId),
    repos.ledger.scoringEntriesOfBranchYear(branchId, year),
  ]);
  const byId = new Map(members.map((m) => [m._id, m]));
  const result = scoreBranch(branchYear.scheme, {
    year,
    asOf: options.asOf,
    from: scoringFromOf(branchYear.doc),
    members: members.map(memberInputOf),
    entries: entries.filter((e) => byId.has(e.member)),
    reviews: (options.reviews ?? []).filter((r) => byId.has(r.member)),
    history: (options.history ?? []).filter((h) => byId.has(h.member)),
  });
  return { result, members: byId };
}
