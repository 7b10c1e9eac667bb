import type { ScoreTable } from '../table/score-table';

/** Members grouped by branch (a district scored at once); one group when no member names a branch. Exempt members are left out. */
export function branchGroups(t: ScoreTable): Map<string | null, number[]> {
  const groups = new Map<string | null, number[]>();
  for (let m = 0; m < t.memberCount; m++) {
    if (t.exempt[m] === 1) continue;
    const key = t.members[m].branch ?? null;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(m);
  }
  return groups;
}

/** Higher total first; equal totals by member id, only to make listings stable (never to decide). */
export function byTotalThenId(t: ScoreTable): (a: number, b: number) => number {
  return (a, b) => t.total[b] - t.total[a] || (t.members[a].id < t.members[b].id ? -1 : t.members[a].id > t.members[b].id ? 1 : 0);
}
