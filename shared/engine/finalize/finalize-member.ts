import type { Recorder } from '../evaluate/evaluation-context';
import type { ScoreTable } from '../table/score-table';
import { countEscalation } from './escalation';
import { flagProbation } from './probation';
import { traceQuota } from './quota-line';
import { raiseWarnings } from './warnings';

export { escalationStep } from './escalation';
export { warningHits } from './warnings';

/**
 * After the branch quota, what follows from member m's final scores and grade: the quota's effect (for
 * the trace), warnings (yearly and per period), probation flags and escalation over the years.
 */
export function finalizeMember(t: ScoreTable, m: number, rec: Recorder | null): void {
  if (t.exempt[m] === 1) return;
  if (rec) traceQuota(t, m, rec);
  raiseWarnings(t, m, rec);
  flagProbation(t, m, rec);
  countEscalation(t, m, rec);
}
