import { z } from 'zod';
import { Code, Label, MemberCondition, Points, PositivePoints, Source } from './common.schema';

const ScalePercent = z.number().int().min(0).max(100);

/**
 * How period scores become the year total:
 * - sum: add the periods (000, 004, 003 新坝乡 "全年累计");
 * - average: mean of the periods started by asOf (001 试行 "每月考核记分的平均分", 003 company quarterly);
 * - divide: add the periods and divide by a fixed divisor (003 village "累计分除以4"), so a missing quarter counts as 0.
 * Averages and divisions follow the one rounding rule (hundredths, halves away from zero).
 */
export const Combine = z.discriminatedUnion('method', [
  z.object({ method: z.literal('sum') }).strict(),
  z.object({ method: z.literal('average') }).strict(),
  z.object({ method: z.literal('divide'), divisor: z.number().int().min(2).max(12) }).strict(),
]);

const Tier = z.object({ code: Code, name: Label, value: Points, when: MemberCondition, source: Source.optional() }).strict();

/** A base score added to the year total: fixed, or by member tier (003 新坝乡: 书记10/委员20/无职<60岁30/≥60岁50). */
export const BaseScore = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('fixed'), value: Points, source: Source }).strict(),
  z
    .object({
      kind: z.literal('byTier'),
      /** First matching tier wins. Ages are taken on 31 December of the scored year. */
      tiers: z.array(Tier).min(1),
      /** For a member no tier matches. */
      otherwise: Points.default(0),
      source: Source,
    })
    .strict(),
]);
export type BaseScore = z.infer<typeof BaseScore>;

/**
 * The year's points scaled by the democratic review (年度积分 = 全年累计积分 × 评议折算比例): the sum of the
 * periods (combined), the year-scope categories and the base is multiplied by the percentage the member's
 * review result gives, before the floor, the ceiling and a veto. The latest round counts; until a result
 * is entered the points are not scaled (the trace says so). Rounded to the hundredth by the one rule.
 */
export const ReviewScale = z
  .object({
    percent: z
      .object({
        excellent: ScalePercent,
        qualified: ScalePercent,
        basicallyQualified: ScalePercent,
        unqualified: ScalePercent,
      })
      .strict(),
    source: Source,
  })
  .strict();
export type ReviewScale = z.infer<typeof ReviewScale>;

export const YearTotal = z
  .object({
    combine: Combine,
    base: BaseScore.default({ kind: 'none' }),
    reviewScale: ReviewScale.optional(),
    floor: Points.optional(),
    /** Above the ceiling, points are either kept as reward points (003 village: 超出分值作为奖励积分) or dropped. */
    ceiling: z
      .object({ value: PositivePoints, overflow: z.enum(['reward', 'discard']), source: Source })
      .strict()
      .optional(),
  })
  .strict();
export type YearTotal = z.infer<typeof YearTotal>;

/**
 * Additions multiplied for some members (000 §5.2: self-managed members 60–70 ×2, over 70 ×3).
 * The first matching multiplier applies; age is taken on the entry's date. Deductions are never multiplied.
 */
export const Multiplier = z
  .object({
    code: Code,
    name: Label,
    percent: z.number().int().min(1).max(1000),
    when: MemberCondition,
    /** Limit to these categories; all categories when absent. */
    categories: z.array(Code).min(1).optional(),
    source: Source,
  })
  .strict();
export type Multiplier = z.infer<typeof Multiplier>;
