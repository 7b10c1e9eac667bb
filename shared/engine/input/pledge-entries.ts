import { periodIndexOf, periodsOfYear } from '../../period';
import type { CompiledScheme } from '../compile/compiled-scheme';
import { noPledgeText, pledgeTwiceText } from '../input-wording';
import type { ScoringInput } from '../scoring-input.schema';
import type { IssueList } from './issue-list';

/**
 * The rules of items judged against members' pledges (kind 'pledge'): only a member with a pledge on
 * record has one, and at most one per member and period. Reversals and the entries they reverse (whatever
 * their dates) do not count, so a judgement is corrected by reversing it and entering another.
 */
export function checkPledgeEntries(
  compiled: CompiledScheme,
  input: ScoringInput,
  memberIndex: Map<string, number>,
  issues: IssueList,
): void {
  if (!compiled.hasPledges) return;
  const reversed = new Set(input.entries.flatMap((e) => (e.reverses === undefined ? [] : [e.reverses])));
  const labels = periodsOfYear(compiled.scheme.period, input.year).map((p) => p.label);
  const seen = new Map<string, number>();
  input.entries.forEach((entry, i) => {
    const index = compiled.itemIndex.get(entry.item);
    const m = memberIndex.get(entry.member);
    if (index === undefined || m === undefined || !compiled.items[index].pledge) return;
    if (entry.reverses !== undefined || (entry.id !== undefined && reversed.has(entry.id))) return;
    const item = compiled.items[index];
    if (input.members[m].pledge === undefined) return issues.add(`entries.${i}.member`, noPledgeText(item.name));
    if (!entry.date.startsWith(String(input.year))) return;
    const period = periodIndexOf(compiled.scheme.period, entry.date);
    const key = `${m}:${index}:${period}`;
    const other = seen.get(key);
    if (other !== undefined) return issues.add(`entries.${i}.date`, pledgeTwiceText(item.name, labels[period], other));
    seen.set(key, i);
  });
}
