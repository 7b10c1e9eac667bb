import { localDateToInt, periodIndexOf, periodsOfYear, startedPeriodCount } from '../../period';
import type { Multiplier } from '../../scheme/schema';
import { CompiledScheme } from '../compile/compiled-scheme';
import type { EntryColumns } from '../input/entry-columns';
import type { PreparedReview } from '../input/prepare-input';
import type { HistoryInput, MemberInput } from '../scoring-input.schema';
import type { QuotaOutcome } from '../result.types';
import { CompiledBands, compileGradeBands, compileStarBands } from '../compile/bands';

/** Per-member multipliers whose non-age conditions hold; age is checked per entry. */
export interface MemberMultiplier {
  multiplier: Multiplier;
  percent: number;
  ageAtLeast: number;
  ageBelow: number;
  /** By category index: does it apply there. */
  categories: boolean[];
}

import { NO_GRADE, NO_STARS } from '../compile/bands';

export enum GradeNote {
  None = 0,
  NotGraded = 1,
  AwaitingReview = 2,
  NoGrading = 3,
}

export enum QuotaMark {
  None = 0,
  Kept = 1,
  OverLimit = 2,
  Tied = 3,
}

/**
 * Everything the engine computes, in typed arrays indexed by member (and period, category).
 * Scores for a whole district live here; a member's explained breakdown is built on demand
 * (`member-detail.ts`) by running the same evaluation with a recorder.
 */
export interface ScoreTable {
  compiled: CompiledScheme;
  year: number;
  asOf: string;
  asOfInt: number;
  members: MemberInput[];
  reviews: PreparedReview[][];
  history: HistoryInput[][];
  periodKeys: string[];
  periodLabels: string[];
  /** First counted period: the one containing the scoring start (`from`); earlier periods are not scored. */
  first: number;
  /** End (exclusive) of the counted periods: those started by asOf. */
  counted: number;
  /** The scoring start as yyyymmdd: entries before it are left out. */
  fromInt: number;
  M: number;
  P: number;
  I: number;
  /** Slots per member and period. */
  S: number;
  C: number;
  exempt: Uint8Array;
  birth: Int32Array;
  multipliers: (MemberMultiplier[] | null)[];
  /** Member × period × slot sums, multipliers applied (see compiled-scheme assignSlots). */
  cells: Int32Array;
  /** The entries scored, kept for explained details (item-level sums are rebuilt per member on demand). */
  entries: EntryColumns | null;
  /** Entry indexes grouped by member, built on the first explained detail. */
  entriesByMember: { start: Int32Array; order: Int32Array } | null;
  vetoDay: Int32Array;
  vetoItem: Int32Array;
  vetoEffect: Uint8Array;
  periodTotal: Int32Array;
  categoryValue: Int32Array;
  yearCategoryValue: Int32Array;
  periodPart: Int32Array;
  base: Int32Array;
  baseTier: Int16Array;
  total: Int32Array;
  reward: Int32Array;
  stars: Int8Array;
  periodStars: Int8Array;
  /** Grade after the member's own rules, before the branch quota. */
  gradeBeforeQuota: Int16Array;
  /** Final grade (NO_GRADE when none). */
  grade: Int16Array;
  gradeNote: Uint8Array;
  quotaMark: Uint8Array;
  warningMask: Int32Array;
  flagMask: Int32Array;
  escalationCount: Int8Array;
  rank: Int32Array;
  quotas: QuotaOutcome[];
  quotaByMember: Int32Array;
  /** Entries cancelled by reversals, for the explanation. */
  reversals: { member: number; entry: string; by: string; item: string; date: string }[];
  gradeBands: CompiledBands;
  starBands: { mins: number[]; stars: number[] };
}

function matchesWithoutAge(member: MemberInput, when: Multiplier['when']): boolean {
  if (when.categories && !when.categories.includes(member.category)) return false;
  if (when.statuses && !when.statuses.includes(member.status)) return false;
  if (when.tiers && (member.tier === undefined || !when.tiers.includes(member.tier))) return false;
  return true;
}

export function createScoreTable(
  compiled: CompiledScheme,
  year: number,
  asOf: string,
  members: MemberInput[],
  reviews: PreparedReview[][],
  history: HistoryInput[][],
  /** Scoring start within the year (default 1 January): a branch that adopts a scheme mid-year scores from then. */
  from: string = `${year}-01-01`,
): ScoreTable {
  const M = members.length;
  const P = compiled.periodCount;
  const I = compiled.items.length;
  const C = compiled.categories.length;
  const periods = periodsOfYear(compiled.scheme.period, year);
  const multipliers = members.map((member) => {
    const list = compiled.scheme.multipliers
      .filter((m) => matchesWithoutAge(member, m.when))
      .map((m) => ({
        multiplier: m,
        percent: m.percent,
        ageAtLeast: m.when.ageAtLeast ?? 0,
        ageBelow: m.when.ageBelow ?? Number.POSITIVE_INFINITY,
        categories: compiled.categories.map((c) => !m.categories || m.categories.includes(c.code)),
      }));
    return list.length > 0 ? list : null;
  });
  return {
    compiled,
    year,
    asOf,
    asOfInt: localDateToInt(asOf),
    members,
    reviews,
    history,
    periodKeys: periods.map((p) => p.key),
    periodLabels: periods.map((p) => p.label),
    first: Math.min(periodIndexOf(compiled.scheme.period, from), startedPeriodCount(compiled.scheme.period, year, asOf)),
    counted: startedPeriodCount(compiled.scheme.period, year, asOf),
    fromInt: localDateToInt(from),
    M,
    P,
    I,
    S: compiled.slotCount,
    C,
    exempt: Uint8Array.from(members, (m) => (m.exempt ? 1 : 0)),
    birth: Int32Array.from(members, (m) => localDateToInt(m.birthDate)),
    multipliers,
    cells: new Int32Array(M * P * compiled.slotCount),
    entries: null,
    entriesByMember: null,
    vetoDay: new Int32Array(M),
    vetoItem: new Int32Array(M).fill(-1),
    vetoEffect: new Uint8Array(M),
    periodTotal: new Int32Array(M * P),
    categoryValue: new Int32Array(M * P * C),
    yearCategoryValue: new Int32Array(M * C),
    periodPart: new Int32Array(M),
    base: new Int32Array(M),
    baseTier: new Int16Array(M).fill(-1),
    total: new Int32Array(M),
    reward: new Int32Array(M),
    stars: new Int8Array(M).fill(NO_STARS),
    periodStars: new Int8Array(M * P).fill(NO_STARS),
    gradeBeforeQuota: new Int16Array(M).fill(NO_GRADE),
    grade: new Int16Array(M).fill(NO_GRADE),
    gradeNote: new Uint8Array(M),
    quotaMark: new Uint8Array(M),
    warningMask: new Int32Array(M),
    flagMask: new Int32Array(M),
    escalationCount: new Int8Array(M),
    rank: new Int32Array(M),
    quotas: [],
    quotaByMember: new Int32Array(M).fill(-1),
    reversals: [],
    gradeBands: compileGradeBands(compiled.scheme.grading),
    starBands: compileStarBands(compiled.scheme.stars),
  };
}

export type { EntryColumns };
