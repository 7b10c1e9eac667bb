import { localDateToInt, yearOf } from '../period';
import type { InputIssue } from './scoring-error';

/**
 * The dates that frame a scoring run, checked for every caller (scoreBranch and scoreBulk alike):
 * - `asOf` before the scored year: no period has started, so nothing can be scored (scoring it
 *   anyway would grade everyone on zero points, with warnings and escalation);
 * - a scoring start (`from`) outside the scored year;
 * - a scoring start after `asOf`: the branch has not started scoring yet.
 * `asOf` after the year is fine: the whole year counts (004 reports the year by 10 January).
 */
export function scoringWindowIssues(year: number, asOf: string, from: string | undefined): InputIssue[] {
  const issues: InputIssue[] = [];
  const asOfBefore = yearOf(asOf) < year;
  if (asOfBefore)
    issues.push({ path: ['asOf'], message: `${asOf} is before the scored year ${year}: no period has started, nothing to score` });
  if (from === undefined) return issues;
  if (yearOf(from) !== year) issues.push({ path: ['from'], message: `must be a date in the scored year ${year}` });
  else if (!asOfBefore && localDateToInt(from) > localDateToInt(asOf)) {
    issues.push({ path: ['from'], message: `the scoring start ${from} is after asOf ${asOf}: scoring has not started, nothing to score` });
  }
  return issues;
}
