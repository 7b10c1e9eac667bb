import { z } from 'zod';
import { MemberCategory, MemberStatus, ReviewGrade } from '../../scheme/schema';
import type { Reason } from '../reasons';

/** The four democratic-review results (民主评议), as the pages show them. */
export const REVIEW_GRADE_NAMES: Record<ReviewGrade, string> = {
  excellent: '优秀',
  qualified: '合格',
  basicallyQualified: '基本合格',
  unqualified: '不合格',
};

/**
 * Where a branch's year stands: 'open' (democratic-review results may be entered; the numbers are
 * computed live), 'proposed' (the branch proposed its grades: a frozen snapshot), 'decided' (the
 * committee confirmed or changed them: final, and next year's history).
 */
export const YearStatus = z.enum(['open', 'proposed', 'decided']);
export type YearStatus = z.infer<typeof YearStatus>;

/** A grade (等次) by its code in the scheme and its name. */
export const GradeRef = z.object({ code: z.string(), name: z.string() }).strict();

/** Why a member has no grade: the scheme does not grade their status (预备党员), does not grade at all, or awaits the review. */
export const GradeNote = z.enum(['notGraded', 'awaitingReview', 'noGrading']).nullable();

/** Who did something, as the pages show it. */
export const ActorView = z.object({ role: z.string(), name: z.string().nullable() }).strict();

/** One democratic-review result of a member: the round, the result and the points the scheme gives it (null: not scored). */
export const ReviewResultView = z
  .object({ round: z.number().int(), grade: ReviewGrade, gradeName: z.string(), points: z.number().nullable() })
  .strict();

/**
 * What follows from a member's year (shown kindly by the pages): warnings (黄色/红色预警, a talk after a
 * low period — `period` names it), probation flags (延长预备期…), the consecutive-year escalation step
 * (一对一帮扶 → 学习班 → 组织处理) and a veto.
 */
export const Consequences = {
  warnings: z.array(z.object({ code: z.string(), name: z.string(), action: z.string(), period: z.string().nullable() }).strict()),
  flags: z.array(z.object({ code: z.string(), name: z.string() }).strict()),
  escalation: z.object({ count: z.number().int(), action: z.string() }).strict().nullable(),
  veto: z
    .object({ itemCode: z.string(), name: z.string(), date: z.string(), effect: z.enum(['zeroYear', 'lowestGrade']) })
    .strict()
    .nullable(),
};

/** The committee's decision on one member's grade: the final grade, and the note when it differs from the branch's. */
export const DecidedGrade = z.object({ grade: GradeRef.nullable(), changed: z.boolean(), note: z.string().nullable() }).strict();

/** One member's year in the branch's table. */
export const YearRow = z
  .object({
    memberId: z.string(),
    name: z.string(),
    status: MemberStatus,
    category: MemberCategory,
    total: z.number(),
    stars: z.number().int().nullable(),
    /** The grade computed by the core (after the quota): the branch's proposal once proposed. */
    grade: GradeRef.nullable(),
    gradeNote: GradeNote,
    /** Moved one grade down by the branch quota (the quota's explanation says why, ties included). */
    movedDownByQuota: z.boolean(),
    /** Only when the scheme ranks members (ranking is off by default). */
    rank: z.number().int().nullable(),
    reviews: z.array(ReviewResultView),
    ...Consequences,
    /** The committee's decision (status 'decided'); the consequences above then follow the decided grade. */
    decision: DecidedGrade.nullable(),
  })
  .strict();

/** How the branch quota (001: 优秀 ≤ 20 %) worked out, with its explanation (ties are never split). */
export const QuotaView = z
  .object({
    grade: z.string(),
    gradeName: z.string(),
    /** Null when the scheme limits the grade by places only. */
    maxPercent: z.number().nullable(),
    /** The places (按照分配名额), or null when the scheme gives a percentage only. */
    maxPlaces: z.number().int().nullable(),
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
 * How the scheme uses the democratic review, for the entry form: how many rounds, the weight of each,
 * and the points each result gives (a fixed value when min = max, else the branch picks within).
 * `grades`: the grade comes from the review (000). Null: the scheme does not use reviews.
 */
export const ReviewRules = z
  .object({
    rounds: z.number().int(),
    weightPercent: z.number().int(),
    points: z.record(ReviewGrade, z.object({ min: z.number(), max: z.number() }).strict()).nullable(),
    grades: z.boolean(),
  })
  .strict()
  .nullable();

/** The scheme a year was computed with (pinned for the branch and year). */
export const SchemeView = z
  .object({ id: z.string(), version: z.number().int(), name: z.string(), periodUnit: z.enum(['month', 'quarter']) })
  .strict();

/** Grade counts (the committee's and the branch's summary): by grade, and those without one. */
export const GradeCounts = z
  .object({ byGrade: z.array(GradeRef.extend({ count: z.number().int() }).strict()), ungraded: z.number().int() })
  .strict();

/** The state changes shared by the write actions. */
export const YEAR_STATE_REASONS = ['YEAR_ALREADY_PROPOSED', 'YEAR_ALREADY_DECIDED', 'YEAR_BUSY'] as const satisfies readonly Reason[];
