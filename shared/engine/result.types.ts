import type { ReviewGrade } from '../scheme/schema';
import type { TraceLine } from './trace';

export interface ItemScore {
  code: string;
  name: string;
  /** Approved entries counted. */
  entries: number;
  /** Points of those entries, multipliers applied, before caps. */
  points: number;
  /** What the item adds after its own caps. */
  counted: number;
}

export interface BlockScore {
  code: string;
  name: string;
  /** Full marks the block starts from (0 for additive blocks). */
  start: number;
  points: number;
  items: ItemScore[];
}

export interface ReviewScore {
  round: number;
  grade: ReviewGrade;
  points: number;
}

export interface CategoryScore extends BlockScore {
  group?: string;
  sections: BlockScore[];
  reviews: ReviewScore[];
}

export interface WarningHit {
  code: string;
  name: string;
  action: string;
  period?: string;
}

export interface PeriodScore {
  period: string;
  label: string;
  total: number;
  stars: number | null;
  categories: CategoryScore[];
  /** Points of year-scope categories earned in this period (after their year caps). */
  yearScoped: { code: string; name: string; points: number }[];
  warnings: WarningHit[];
}

export interface GradeResult {
  code: string;
  name: string;
}

export interface MemberScore {
  id: string;
  name: string;
  status: 'full' | 'probationary' | 'activist';
  category: 'selfManaged' | 'inService' | 'mobile';
  tier?: string;
  branch?: string;
  periods: PeriodScore[];
  /** The periods combined into the year (sum, average or ÷ divisor). */
  periodPart: number;
  yearCategories: CategoryScore[];
  base: number;
  total: number;
  /** Points above the ceiling kept as reward points (003 village). */
  reward: number;
  stars: number | null;
  grade: GradeResult | null;
  /** Why there is no grade: the scheme does not grade this status, or the review is not in yet. */
  gradeNote: 'notGraded' | 'awaitingReview' | 'noGrading' | null;
  warnings: WarningHit[];
  flags: { code: string; name: string }[];
  escalation: { count: number; action: string } | null;
  veto: { item: string; name: string; date: string; effect: 'zeroYear' | 'lowestGrade' } | null;
  rank: number | null;
  trace: TraceLine[];
}

export interface QuotaOutcome {
  branch: string | null;
  grade: string;
  gradeName: string;
  /** The percentage limit, or null when the scheme gives only places. */
  maxPercent: number | null;
  /** The places limit (按照分配名额), or null when the scheme gives only a percentage. */
  maxPlaces: number | null;
  gradedMembers: number;
  limit: number;
  candidates: number;
  granted: number;
  movedDown: string[];
  tie: { points: number; members: string[]; decision: 'excludeTied' | 'includeTied' } | null;
  explanation: string;
}

export interface BranchScore {
  scheme: { id: string; version: number; name: string };
  year: number;
  asOf: string;
  periodUnit: 'month' | 'quarter';
  /** Periods started by asOf: the ones the year total counts. */
  countedPeriods: string[];
  members: MemberScore[];
  exempt: { id: string; name: string; reason?: string }[];
  quotas: QuotaOutcome[];
  rankingEnabled: boolean;
  /** The scoring start (1 January unless the branch adopted its scheme later). */
  from: string;
  skippedEntries: { afterAsOf: number; beforeStart: number; reversed: number; exemptMember: number };
}
