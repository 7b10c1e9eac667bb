import type { ThresholdCount } from '../input/count-thresholds';
import { localDateToInt, periodIndexOf, periodsOfYear, startedPeriodCount } from '../../period';
import type { CentiArray } from '../../points';
import { CompiledBands, CompiledStarBands, compileGradeBands, compileStarBands, NO_GRADE, NO_STARS } from '../compile/bands';
import { CompiledScheme } from '../compile/compiled-scheme';
import type { EntryColumns } from '../input/entry-columns';
import type { PreparedReview } from '../input/prepare-input';
import type { QuotaOutcome } from '../result.types';
import type { HistoryInput, MemberInput } from '../scoring-input.schema';
import { MemberMultiplier, memberMultipliers } from './member-multipliers';
import { ScoreTableShortNames, shortNames } from './score-table-short-names';

export type { MemberMultiplier };

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
 * (`detail/member-detail.ts`) by running the same evaluation with a recorder.
 *
 * Layout: a member's period cells are at `(m × periodCount + p) × slotCount + slot`; per member and
 * period `m × periodCount + p`; per member and category `(m × periodCount + p) × categoryCount + c`.
 * Scores are hundredths (`CentiArray`).
 */
export interface ScoreTable extends ScoreTableShortNames {
  compiled: CompiledScheme;
  year: number;
  asOf: string;
  /** asOf as yyyymmdd. */
  asOfInt: number;
  members: MemberInput[];
  reviews: PreparedReview[][];
  history: HistoryInput[][];
  periodKeys: string[];
  periodLabels: string[];
  /** First counted period: the one containing the scoring start (`from`); earlier periods are not scored. */
  firstPeriod: number;
  /** End (exclusive) of the counted periods: those started by asOf. Counted: firstPeriod ≤ p < endPeriod. */
  endPeriod: number;
  /** The scoring start as yyyymmdd: entries before it are left out. */
  fromInt: number;
  memberCount: number;
  /** Periods in the year (12 months or 4 quarters), counted or not. */
  periodCount: number;
  itemCount: number;
  /** Table cells per member and period (see compile/assign-slots.ts). */
  slotCount: number;
  categoryCount: number;
  exempt: Uint8Array;
  /** Birth dates as yyyymmdd. */
  birth: Int32Array;
  multipliers: (MemberMultiplier[] | null)[];
  /** Member × period × slot sums, multipliers applied. */
  cells: CentiArray;
  /** The entries scored, kept for explained details (item-level sums are rebuilt per member on demand). */
  entries: EntryColumns | null;
  /** Entry indexes grouped by member, built on the first explained detail. */
  entriesByMember: { start: Int32Array; order: Int32Array } | null;
  /** The member's earliest veto: its date (yyyymmdd), item (−1: none) and effects (VETO_* bits, all vetoes). */
  vetoDay: Int32Array;
  vetoItem: Int32Array;
  vetoEffect: Uint8Array;
  /** Member × period: the period's total. */
  periodTotal: CentiArray;
  /** Member × period × category: the value of each period-scope category. */
  categoryValue: CentiArray;
  /** Member × category: the value of each year-scope category. */
  yearCategoryValue: CentiArray;
  /** The periods combined into the year (sum, average or ÷ divisor). */
  periodPart: CentiArray;
  base: CentiArray;
  /** The base score's tier (−1: none or not by tier). */
  baseTier: Int16Array;
  total: CentiArray;
  /** Points above the ceiling kept as reward points. */
  reward: CentiArray;
  /** NO_STARS where the scheme has no stars. */
  stars: Int8Array;
  periodStars: Int8Array;
  /** Grade after the member's own rules, before the branch quota. */
  gradeBeforeQuota: Int16Array;
  /** Final grade (NO_GRADE when none). */
  grade: Int16Array;
  gradeNote: Uint8Array;
  quotaMark: Uint8Array;
  /** Bit k: the scheme's k-th warning / probation flag. */
  warningMask: Int32Array;
  flagMask: Int32Array;
  escalationCount: Int8Array;
  /** Competition rank within the branch (0: not ranked). */
  rank: Int32Array;
  quotas: QuotaOutcome[];
  /** Index into `quotas` of the member's branch quota (−1: not a candidate). */
  quotaByMember: Int32Array;
  /** Entries cancelled by reversals, for the explanation. */
  reversals: { member: number; entry: string; by: string; item: string; date: string }[];
  /** The counts of the count-threshold items (input/count-thresholds.ts), for the explanation. */
  thresholdCounts: ThresholdCount[];
  gradeBands: CompiledBands;
  starBands: CompiledStarBands;
}

/** What a table is created for: a year as of a date, its members, and their reviews and history. */
export interface TableInput {
  year: number;
  asOf: string;
  /** Scoring start within the year (default 1 January): a branch that adopts a scheme mid-year scores from then. */
  from?: string;
  members: MemberInput[];
  /** Per member index. */
  reviews: PreparedReview[][];
  /** Per member index, newest first. */
  history: HistoryInput[][];
}

/** A table for the input, every score zero and every grade, star and rank unset. */
export function createScoreTable(compiled: CompiledScheme, input: TableInput): ScoreTable {
  const { year, asOf, members } = input;
  const from = input.from ?? `${year}-01-01`;
  const unit = compiled.scheme.period;
  const memberCount = members.length;
  const periodCount = compiled.periodCount;
  const itemCount = compiled.items.length;
  const slotCount = compiled.slotCount;
  const categoryCount = compiled.categories.length;
  const endPeriod = startedPeriodCount(unit, year, asOf);
  const firstPeriod = Math.min(periodIndexOf(unit, from), endPeriod);
  const periods = periodsOfYear(unit, year);
  const centi = (length: number) => new Int32Array(length) as CentiArray;
  return {
    compiled,
    year,
    asOf,
    asOfInt: localDateToInt(asOf),
    members,
    reviews: input.reviews,
    history: input.history,
    periodKeys: periods.map((p) => p.key),
    periodLabels: periods.map((p) => p.label),
    firstPeriod,
    endPeriod,
    fromInt: localDateToInt(from),
    memberCount,
    periodCount,
    itemCount,
    slotCount,
    categoryCount,
    exempt: Uint8Array.from(members, (m) => (m.exempt ? 1 : 0)),
    birth: Int32Array.from(members, (m) => localDateToInt(m.birthDate)),
    multipliers: memberMultipliers(compiled, members),
    cells: centi(memberCount * periodCount * slotCount),
    entries: null,
    entriesByMember: null,
    vetoDay: new Int32Array(memberCount),
    vetoItem: new Int32Array(memberCount).fill(-1),
    vetoEffect: new Uint8Array(memberCount),
    periodTotal: centi(memberCount * periodCount),
    categoryValue: centi(memberCount * periodCount * categoryCount),
    yearCategoryValue: centi(memberCount * categoryCount),
    periodPart: centi(memberCount),
    base: centi(memberCount),
    baseTier: new Int16Array(memberCount).fill(-1),
    total: centi(memberCount),
    reward: centi(memberCount),
    stars: new Int8Array(memberCount).fill(NO_STARS),
    periodStars: new Int8Array(memberCount * periodCount).fill(NO_STARS),
    gradeBeforeQuota: new Int16Array(memberCount).fill(NO_GRADE),
    grade: new Int16Array(memberCount).fill(NO_GRADE),
    gradeNote: new Uint8Array(memberCount),
    quotaMark: new Uint8Array(memberCount),
    warningMask: new Int32Array(memberCount),
    flagMask: new Int32Array(memberCount),
    escalationCount: new Int8Array(memberCount),
    rank: new Int32Array(memberCount),
    quotas: [],
    quotaByMember: new Int32Array(memberCount).fill(-1),
    reversals: [],
    thresholdCounts: [],
    gradeBands: compileGradeBands(compiled.scheme.grading),
    starBands: compileStarBands(compiled.scheme.stars),
    ...shortNames({ memberCount, periodCount, itemCount, slotCount, categoryCount, firstPeriod, endPeriod }),
  };
}
