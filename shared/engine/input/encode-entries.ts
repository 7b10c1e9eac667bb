import { entryFieldsOf } from '../../entry-fields';
import { localDateToInt, periodIndexOf, yearOf } from '../../period';
import { toCenti } from '../../points';
import type { CompiledScheme } from '../compile/compiled-scheme';
import type { EntryInput, ScoringInput } from '../scoring-input.schema';
import { checkEntryFields } from './check-entry';
import { allocateEntryColumns, EntryColumns } from './entry-columns';
import type { IssueList } from './issue-list';
import { outsideYearText, unknownMemberText } from '../input-wording';

/** Entries left out, by reason, for the explanation. */
export interface SkippedEntries {
  afterAsOf: number;
  beforeStart: number;
  reversed: number;
  exemptMember: number;
}

/**
 * Checks every entry against the scheme and its member, and writes those that count into columns:
 * not after asOf, not before the scoring start `from`, not cancelled by a reversal, not an exempt
 * member's. Counts the rest by reason.
 */
export function encodeEntries(
  compiled: CompiledScheme,
  input: ScoringInput,
  from: string,
  memberIndex: Map<string, number>,
  cancelled: Set<number>,
  issues: IssueList,
): { columns: EntryColumns; skipped: SkippedEntries } {
  const columns = allocateEntryColumns(input.entries.length);
  const skipped: SkippedEntries = { afterAsOf: 0, beforeStart: 0, reversed: 0, exemptMember: 0 };
  const asOfInt = localDateToInt(input.asOf);
  const fromInt = localDateToInt(from);
  let n = 0;
  const byId = new Map(input.entries.flatMap((e) => (e.id === undefined ? [] : [[e.id, e] as const])));
  input.entries.forEach((entry, i) => {
    const fields = reversalFields(entry, byId);
    const error = checkEntry(compiled, input, fields, memberIndex, (field, message) => issues.add(`entries.${i}.${field}`, message));
    if (error) return;
    const m = memberIndex.get(entry.member)!;
    const day = localDateToInt(entry.date);
    if (day > asOfInt) return void skipped.afterAsOf++;
    if (day < fromInt) return void skipped.beforeStart++;
    if (cancelled.has(i)) return void skipped.reversed++;
    if (input.members[m].exempt) return void skipped.exemptMember++;
    const item = compiled.items[compiled.itemIndex.get(entry.item)!];
    columns.member[n] = m;
    columns.day[n] = day;
    columns.period[n] = periodIndexOf(compiled.scheme.period, entry.date);
    columns.item[n] = item.index;
    columns.points[n] = entry.points === undefined ? 0 : toCenti(entry.points);
    columns.quantity[n] = entry.quantity ?? 1;
    columns.level[n] = entry.level === undefined ? -1 : item.levelCodes.indexOf(entry.level);
    n++;
  });
  columns.length = n;
  return { columns, skipped };
}

/**
 * A reversal that gives none of the item's fields (points, quantity, level, post) is checked with those
 * of the entry it reverses: reversing a range entry needs no repeated points. Other entries as given.
 */
function reversalFields(entry: EntryInput, byId: Map<string, EntryInput>): EntryInput {
  if (entry.reverses === undefined) return entry;
  if (entry.points !== undefined || entry.quantity !== undefined || entry.level !== undefined || entry.post !== undefined) return entry;
  const original = byId.get(entry.reverses);
  if (!original || original.item !== entry.item) return entry;
  return { ...entry, ...entryFieldsOf(entry.item, original) };
}

/** Reports the first problem of one entry; returns true when there was one. */
function checkEntry(
  compiled: CompiledScheme,
  input: ScoringInput,
  entry: EntryInput,
  memberIndex: Map<string, number>,
  report: (field: string, message: string) => void,
): boolean {
  const m = memberIndex.get(entry.member);
  if (m === undefined) return (report('member', unknownMemberText(entry.member)), true);
  if (yearOf(entry.date) !== input.year) return (report('date', outsideYearText(input.year)), true);
  const problem = checkEntryFields(compiled, entry, input.members[m].posts);
  if (!problem) return false;
  report(problem.path, problem.message);
  return true;
}
