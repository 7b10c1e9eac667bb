import type { Scheme } from '../../scheme/schema';
import type { HistoryInput, ScoringInput } from '../scoring-input.schema';
import type { IssueList } from './issue-list';
import { historyNotEarlierText, historyTwiceText, unknownGradeText, unknownMemberText } from '../input-wording';

/** Per member index: earlier years' results (for escalation), checked — earlier years, one each, known grades — newest first. */
export function prepareHistory(scheme: Scheme, input: ScoringInput, memberIndex: Map<string, number>, issues: IssueList): HistoryInput[][] {
  const history = input.members.map((): HistoryInput[] => []);
  input.history.forEach((h, i) => {
    const m = memberIndex.get(h.member);
    if (m === undefined) return issues.add(`history.${i}.member`, unknownMemberText(h.member));
    if (h.year >= input.year) return issues.add(`history.${i}.year`, historyNotEarlierText(input.year));
    if (history[m].some((x) => x.year === h.year)) return issues.add(`history.${i}.year`, historyTwiceText(h.year));
    if (h.grade !== undefined && !scheme.grading?.bands.some((b) => b.code === h.grade)) {
      return issues.add(`history.${i}.grade`, unknownGradeText(h.grade));
    }
    history[m].push(h);
  });
  history.forEach((list) => list.sort((a, b) => b.year - a.year));
  return history;
}
