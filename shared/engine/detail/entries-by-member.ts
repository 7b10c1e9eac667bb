import type { ScoreTable } from '../table/score-table';

/** Entry indexes grouped by member (counting sort): member m's are order[start[m] … start[m + 1]). Built once per table. */
export function entriesByMember(t: ScoreTable): { start: Int32Array; order: Int32Array } {
  if (t.entriesByMember) return t.entriesByMember;
  const entries = t.entries;
  const n = entries ? entries.length : 0;
  const start = new Int32Array(t.memberCount + 1);
  for (let e = 0; e < n; e++) start[entries!.member[e] + 1]++;
  for (let m = 0; m < t.memberCount; m++) start[m + 1] += start[m];
  const next = start.slice(0, t.memberCount);
  const order = new Int32Array(n);
  for (let e = 0; e < n; e++) order[next[entries!.member[e]]++] = e;
  t.entriesByMember = { start, order };
  return t.entriesByMember;
}
