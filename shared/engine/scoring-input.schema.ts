import { z } from 'zod';
import { EntryFields } from '../entry-fields';
import { isLocalDate } from '../period';
import { Code, Label, MemberCategory, MemberStatus, Points, ReviewGrade } from '../scheme/schema';
import { NOT_A_DATE, NOT_IN_SCORED_YEAR } from './input-wording';

const LocalDateText = z.string().refine(isLocalDate, NOT_A_DATE);
const Id = z.string().trim().min(1).max(64);

/** A member as the engine sees them. `tier` matches the scheme's base-score tiers (003 新坝乡). */
export const MemberInput = z
  .object({
    id: Id,
    name: Label,
    birthDate: LocalDateText,
    status: MemberStatus,
    category: MemberCategory,
    tier: Code.optional(),
    /** 不纳入积分管理: excused on application; left out of scoring, grading and the quota base. */
    exempt: z.boolean().default(false),
    exemptReason: z.string().max(200).optional(),
    /** Volunteer posts the member claimed (001). */
    posts: z.array(Code).optional(),
    /** What the member pledged for the year (承诺事项): the evidence items of kind 'pledge' are judged against. */
    pledge: z.string().trim().min(1).max(500).optional(),
    /** Members of several branches scored together (a district) are ranked and quota-limited per branch. */
    branch: Id.optional(),
  })
  .strict();
export type MemberInput = z.infer<typeof MemberInput>;

/**
 * An approved ledger entry: its fields as shared/entry-fields.ts defines them (`points` is the
 * reviewer's pick for range items, `quantity` multiplies per-occurrence items, `level` names a row of a
 * level table, `post` the volunteer post). A later entry with `reverses` cancels an earlier one (an
 * adjustment is a reversal plus a new entry; the ledger is append-only).
 */
export const EntryInput = z
  .object({
    id: Id.optional(),
    member: Id,
    date: LocalDateText,
    ...EntryFields.shape,
    reverses: Id.optional(),
  })
  .strict();
export type EntryInput = z.infer<typeof EntryInput>;

/** A democratic-review result (民主评议). `points` is needed where the scheme maps the result to a range. */
export const ReviewInput = z
  .object({
    member: Id,
    round: z.union([z.literal(1), z.literal(2)]).default(1),
    grade: ReviewGrade,
    points: Points.optional(),
  })
  .strict();
export type ReviewInput = z.infer<typeof ReviewInput>;

/** Earlier years' results, for consecutive-year escalation. */
export const HistoryInput = z
  .object({
    member: Id,
    year: z.number().int().min(2000).max(2100),
    total: Points.optional(),
    grade: Code.optional(),
  })
  .strict();
export type HistoryInput = z.infer<typeof HistoryInput>;

export const ScoringInput = z
  .object({
    year: z.number().int().min(2000).max(2100),
    asOf: LocalDateText,
    /**
     * Scoring start within the year (default 1 January): a branch that adopts its scheme mid-year
     * scores from this date; earlier periods do not count and earlier entries are left out.
     */
    from: LocalDateText.optional(),
    members: z.array(MemberInput),
    entries: z.array(EntryInput).default([]),
    reviews: z.array(ReviewInput).default([]),
    history: z.array(HistoryInput).default([]),
  })
  .strict()
  .refine((input) => input.from === undefined || input.from.slice(0, 4) === String(input.year), {
    message: NOT_IN_SCORED_YEAR,
    path: ['from'],
  });
export type ScoringInput = z.infer<typeof ScoringInput>;
