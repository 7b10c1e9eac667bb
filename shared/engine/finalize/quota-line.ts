import type { Recorder } from '../evaluate/evaluation-context';
import { QuotaMark, ScoreTable } from '../table/score-table';
import { quotaKeptText, quotaOverText, quotaTiedText } from '../trace-wording';

/** What the branch quota did to member m's grade, for the trace: kept within the quota, or moved down (over it, or tied across it). */
export function traceQuota(t: ScoreTable, m: number, rec: Recorder): void {
  const mark = t.quotaMark[m];
  if (mark === QuotaMark.None) return;
  const q = t.quotas[t.quotaByMember[m]];
  const movedTo = mark === QuotaMark.Kept ? '' : t.compiled.scheme.grading!.bands[t.grade[m]].name;
  rec.line({
    rule: 'quota',
    message:
      mark === QuotaMark.Kept
        ? quotaKeptText(q.gradeName, q.limit)
        : mark === QuotaMark.Tied
          ? quotaTiedText(t.total[m], q.gradeName, q.limit, movedTo)
          : quotaOverText(q.gradeName, q.limit, movedTo),
  });
}
