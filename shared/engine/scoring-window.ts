import { localDateToInt, yearOf } from '../period';
import type { FieldProblem } from '../validation';
import { asOfBeforeYearText, fromAfterAsOfText, fromOutsideYearText } from './input-wording';

/**
 * The dates that frame a scoring run, checked for every caller (scoreBranch and scoreBulk alike):
 * - `asOf` before the scored year: no period has started, so nothing can be scored (scoring it
 *   anyway would grade everyone on zero points, with warnings and escalation);
 * - a scoring start (`from`) outside the scored year;
 * - a scoring start after `asOf`: the branch has not started scoring yet.
 * `asOf` after the year is fine: the whole year counts (004 reports the year by 10 January).
 */
export function scoringWindowIssues(year: number, asOf: string, from: string | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const asOfBefore = yearOf(asOf) < year;
  if (asOfBefore) problems.push({ path: 'asOf', message: asOfBeforeYearText(asOf, year) });
  if (from === undefined) return problems;
  if (yearOf(from) !== year) problems.push({ path: 'from', message: fromOutsideYearText(year) });
  else if (!asOfBefore && localDateToInt(from) > localDateToInt(asOf)) {
    problems.push({ path: 'from', message: fromAfterAsOfText(from, asOf) });
  }
  return problems;
}
