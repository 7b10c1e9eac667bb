import { EntryInput, MemberScore, scoreBranch, ScoringInput } from '../../shared/engine';
import { fromCenti, toCenti } from '../../shared/points';
import type { Scheme } from '../../shared/scheme';
import { plusAndMinus } from '../publications/board';
import type { PlusMinus } from './export-forms';

/** Points a member's year has added and taken away so far (hundredths): every period's items after caps and multipliers. */
function yearPlusMinus(score: MemberScore): { plus: number; minus: number } {
  let plus = 0;
  let minus = 0;
  for (const period of score.periods) {
    const counted = plusAndMinus(period);
    plus += toCenti(counted.plus);
    minus += toCenti(counted.minus);
  }
  return { plus, minus };
}

/**
 * The points each slice of entries added and took away, as the scoring core counts them: multipliers
 * (000 5.2: double and triple additions for older members), caps and floors applied in the order the
 * slices come. The core scores the branch with the entries of the first slice, then of the first two,
 * and so on (same asOf, reviews and members); a slice's plus and minus are what its entries changed.
 * Slices with no entry cost nothing. Pure; a slice's figures sum with the others' to the year's.
 *
 * `sliceOf` places an entry in a slice (0 … count − 1). Answers, per member id, `count` pairs in points.
 */
export function plusMinusBySlice(
  scheme: Scheme,
  input: Omit<ScoringInput, 'entries'>,
  entries: readonly EntryInput[],
  sliceOf: (entry: EntryInput, index: number) => number,
  count: number,
): Map<string, PlusMinus[]> {
  const bySlice: EntryInput[][] = Array.from({ length: count }, () => []);
  entries.forEach((entry, i) => bySlice[sliceOf(entry, i)].push(entry));
  const result = new Map<string, PlusMinus[]>(input.members.map((m) => [m.id, []]));
  const before = new Map<string, { plus: number; minus: number }>(input.members.map((m) => [m.id, { plus: 0, minus: 0 }]));
  const included: EntryInput[] = [];
  for (let slice = 0; slice < count; slice++) {
    if (bySlice[slice].length === 0) {
      for (const pairs of result.values()) pairs.push({ plus: 0, minus: 0 });
      continue;
    }
    included.push(...bySlice[slice]);
    const scored = scoreBranch(scheme, { ...input, entries: included });
    const seen = new Set<string>();
    for (const member of scored.members) {
      const now = yearPlusMinus(member);
      const was = before.get(member.id)!;
      result.get(member.id)!.push({ plus: fromCenti(now.plus - was.plus), minus: fromCenti(now.minus - was.minus) });
      before.set(member.id, now);
      seen.add(member.id);
    }
    for (const [id, pairs] of result) if (!seen.has(id)) pairs.push({ plus: 0, minus: 0 });
  }
  return result;
}
