import { z } from 'zod';
import { MemberCategory, MemberStatus, ReviewGrade } from '../../shared/scheme/schema';
import { Actor, StoredDate } from '../stored';

/** A democratic-review result as stored: points as the scheme maps the result (null where it gives none). */
export const StoredReview = z
  .object({ memberId: z.string(), round: z.union([z.literal(1), z.literal(2)]), grade: ReviewGrade, points: z.number().nullable() })
  .strict();
export type StoredReview = z.infer<typeof StoredReview>;

const Warning = z.object({ code: z.string(), name: z.string(), action: z.string(), period: z.string().nullable() }).strict();
const Flag = z.object({ code: z.string(), name: z.string() }).strict();
const Escalation = z.object({ count: z.number().int(), action: z.string() }).strict().nullable();

/** What follows from a member's year and grade: warnings, probation flags, the escalation step. */
export const StoredConsequences = { warnings: z.array(Warning), flags: z.array(Flag), escalation: Escalation };

/** One member's year as the core computed it (names included: a frozen row never needs the scheme again). */
export const YearRowDoc = z
  .object({
    memberId: z.string(),
    /** The member's record in the branch they moved from (moveMember): their history there counts too. */
    movedFrom: z.string().nullable(),
    name: z.string(),
    status: MemberStatus,
    category: MemberCategory,
    total: z.number(),
    stars: z.number().int().nullable(),
    /** The grade code after the quota (the branch's proposal), null without one (gradeNote says why). */
    grade: z.string().nullable(),
    gradeNote: z.enum(['notGraded', 'awaitingReview', 'noGrading']).nullable(),
    movedDownByQuota: z.boolean(),
    rank: z.number().int().nullable(),
    reviews: z.array(StoredReview.omit({ memberId: true })),
    ...StoredConsequences,
    veto: z
      .object({ itemCode: z.string(), name: z.string(), date: z.string(), effect: z.enum(['zeroYear', 'lowestGrade']) })
      .strict()
      .nullable(),
  })
  .strict();
export type YearRowDoc = z.infer<typeof YearRowDoc>;

export const QuotaDoc = z
  .object({
    grade: z.string(),
    gradeName: z.string(),
    maxPercent: z.number().nullable(),
    /** Absent in sheets stored before places existed. */
    maxPlaces: z.number().int().nullable().default(null),
    gradedMembers: z.number().int(),
    limit: z.number().int(),
    candidates: z.number().int(),
    granted: z.number().int(),
    movedDown: z.array(z.string()),
    tie: z
      .object({ points: z.number(), memberIds: z.array(z.string()), decision: z.enum(['excludeTied', 'includeTied']) })
      .strict()
      .nullable(),
    explanation: z.string(),
  })
  .strict();

/**
 * The year as the scoring core computed it, for a date: what a proposal freezes, and what an open year's
 * table shows live. Records the scheme (id, version, source) it was computed with.
 */
export const YearComputationDoc = z
  .object({
    asOf: z.string(),
    from: z.string(),
    countedPeriods: z.array(z.string()),
    scheme: z
      .object({
        id: z.string(),
        version: z.number().int(),
        source: z.enum(['preset', 'custom']),
        name: z.string(),
        periodUnit: z.enum(['month', 'quarter']),
      })
      .strict(),
    /** The scheme's grades, best first (empty: it does not grade). */
    bands: z.array(z.object({ code: z.string(), name: z.string() }).strict()),
    maxStars: z.number().int().nullable(),
    /** How the scheme uses the democratic review (null: it does not). */
    reviewRules: z
      .object({
        rounds: z.union([z.literal(1), z.literal(2)]),
        weightPercent: z.number().int(),
        points: z.record(ReviewGrade, z.object({ min: z.number(), max: z.number() }).strict()).nullable(),
        grades: z.boolean(),
      })
      .strict()
      .nullable(),
    quotas: z.array(QuotaDoc),
    rankingEnabled: z.boolean(),
    rows: z.array(YearRowDoc),
    exempt: z.array(z.object({ memberId: z.string(), name: z.string(), reason: z.string().nullable() }).strict()),
  })
  .strict();
export type YearComputationDoc = z.infer<typeof YearComputationDoc>;

/** A grade the committee changed, with its note, and what follows from the decided grade. */
export const GradeChangeDoc = z
  .object({ memberId: z.string(), from: z.string().nullable(), to: z.string(), note: z.string(), ...StoredConsequences })
  .strict();
export type GradeChangeDoc = z.infer<typeof GradeChangeDoc>;

export const YearStatusDoc = z.enum(['open', 'proposed', 'decided']);

/**
 * A branch's year (`_id` = `${branchId}:${year}`): the democratic-review results while open, then the
 * branch's proposal (a frozen computation), then the committee's decision. One document, so that every
 * change of state is one conditional write on `revision` (compare-and-set): of two proposals, or two
 * decisions, at once exactly one is written. Decided sheets are the members' history (`memberIds`).
 */
export const YearSheetDoc = z
  .object({
    _id: z.string(),
    branchId: z.string(),
    committeeId: z.string(),
    year: z.number().int(),
    status: YearStatusDoc,
    /** 1 when created, +1 with every write. */
    revision: z.number().int().positive(),
    reviews: z.array(StoredReview),
    reviewsBy: Actor.nullable(),
    reviewsAt: StoredDate.nullable(),
    proposal: YearComputationDoc.extend({ by: Actor, at: StoredDate }).strict().nullable(),
    /** The members of the proposal: decided sheets are found by member for later years' escalation. */
    memberIds: z.array(z.string()),
    decision: z
      .object({ by: Actor, at: StoredDate, opinion: z.string().nullable(), changes: z.array(GradeChangeDoc) })
      .strict()
      .nullable(),
    createdAt: StoredDate,
    updatedAt: StoredDate,
  })
  .strict();
export type YearSheetDoc = z.infer<typeof YearSheetDoc>;

export const yearSheetId = (branchId: string, year: number) => `${branchId}:${year}`;

/** A branch-year with nothing entered yet: what a sheet is before its first write. */
export function emptySheet(branchId: string, committeeId: string, year: number, now: Date): YearSheetDoc {
  return {
    _id: yearSheetId(branchId, year),
    branchId,
    committeeId,
    year,
    status: 'open',
    revision: 1,
    reviews: [],
    reviewsBy: null,
    reviewsAt: null,
    proposal: null,
    memberIds: [],
    decision: null,
    createdAt: now,
    updatedAt: now,
  };
}
