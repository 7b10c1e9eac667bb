import { z } from 'zod';
import { Code, Label, MemberCategory, MemberStatus, Points, ReviewGrade, Source } from './common.schema';

/** Bands are listed from the highest; a band applies from `min` (inclusive) up; the last band has no min. With basis 'review' no band has a min. */
const GradeBand = z.object({ code: Code, name: Label, min: Points.optional() }).strict();

export const Grading = z
  .object({
    /**
     * basis 'points': the band the year total falls in (001, 003, 004).
     * 'review': the democratic review's result, mapped to a band (000: the points inform the review).
     */
    basis: z.enum(['points', 'review']),
    bands: z.array(GradeBand).min(2),
    /** With source 'review': which band each review result gives. */
    fromReview: z.record(ReviewGrade, Code).optional(),
    /** Member statuses that receive a grade; others are scored only (001: 预备党员…不确定等次). */
    gradedStatuses: z.array(MemberStatus).min(1),
    source: Source,
  })
  .strict()
  .superRefine((g, ctx) => {
    g.bands.forEach((band, i) => {
      if (g.basis === 'review') {
        if (band.min !== undefined)
          ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: 'grades come from the review: leave min out' });
        return;
      }
      const last = i === g.bands.length - 1;
      if (last && band.min !== undefined)
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: 'the lowest band takes every remaining score: leave min out' });
      if (!last && band.min === undefined)
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: 'every band but the lowest needs a min' });
      const prev = g.bands[i - 1];
      if (i > 0 && !last && prev.min !== undefined && band.min !== undefined && band.min >= prev.min) {
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: 'bands must be listed from the highest min down' });
      }
    });
    if (g.basis === 'review' && !g.fromReview) {
      ctx.addIssue({ code: 'custom', path: ['fromReview'], message: 'grading from the review needs fromReview' });
    }
  });
export type Grading = z.infer<typeof Grading>;

/** Star rating by points. Below the lowest min there are no stars (001: 50分以下无星). */
export const Stars = z
  .object({
    bands: z.array(z.object({ stars: z.number().int().min(1).max(5), min: Points.optional() }).strict()).min(1),
    /** Also rate every period (003 company rates each quarter). */
    perPeriod: z.boolean().default(false),
    source: Source,
  })
  .strict()
  .superRefine((s, ctx) => {
    s.bands.forEach((band, i) => {
      if (band.min === undefined && i !== s.bands.length - 1) {
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: 'only the lowest star band may leave min out' });
      }
      if (i > 0 && band.stars >= s.bands[i - 1].stars) {
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'stars'], message: 'star bands must be listed from the most stars down' });
      }
    });
  });
export type Stars = z.infer<typeof Stars>;

/**
 * A cap on how many members of a branch may hold a grade (001: 优秀 ≤ 20 %).
 * limit = floor(graded members × maxPercent / 100). Members are ranked by year total; those below the
 * limit move to the next band down. Ties at the limit are never split arbitrarily:
 * 'excludeTied' keeps the cap strict (all tied members move down), 'includeTied' lets them all in.
 */
export const Quota = z
  .object({
    grade: Code,
    maxPercent: z.number().int().min(1).max(100),
    ties: z.enum(['excludeTied', 'includeTied']),
    source: Source,
  })
  .strict();
export type Quota = z.infer<typeof Quota>;

/** Conditions a member must meet to hold a grade; otherwise they move to the next band down. */
export const GradeRule = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('minStars'),
      grade: Code,
      minStars: z.number().int().min(1).max(5),
      categories: z.array(MemberCategory).min(1).optional(),
      source: Source,
    })
    .strict(),
  z
    .object({
      kind: z.literal('minPeriodStars'),
      grade: Code,
      minStars: z.number().int().min(1).max(5),
      source: Source,
    })
    .strict(),
]);
export type GradeRule = z.infer<typeof GradeRule>;

/**
 * When a warning is raised; every condition given must hold. `below`/`atLeast` compare the total
 * (the year's or the period's), `starsAtMost` its stars, `grades` the member's final grade (after a
 * veto, the grade rules and the quota; year warnings only). Where a seed ties a consequence to the
 * grade (004: 被评为“不合格”等次的党员…谈话), use `grades`: a member made 不合格 by a veto has it too,
 * whatever the points.
 */
const ScoreCondition = z
  .object({
    below: Points.optional(),
    atLeast: Points.optional(),
    starsAtMost: z.number().int().min(0).max(5).optional(),
    grades: z.array(Code).min(1).optional(),
  })
  .strict()
  .refine(
    (c) => c.below !== undefined || c.atLeast !== undefined || c.starsAtMost !== undefined || c.grades !== undefined,
    'give below, atLeast, starsAtMost or grades',
  );

/** Flags raised by a score or a grade: yellow/red warnings (002), a talk after a low quarter (003 company), a talk for 不合格 (004). */
export const Warning = z
  .object({
    code: Code,
    name: Label,
    scope: z.enum(['year', 'period']),
    when: ScoreCondition,
    statuses: z.array(MemberStatus).min(1).default(['full', 'probationary']),
    action: Label,
    source: Source,
  })
  .strict();
export type Warning = z.infer<typeof Warning>;

/**
 * A flag on a probationary member: by year total (`below`: 001 < 60 延长预备期; 002 < 70 谈话, < 60 延长)
 * or by the member's final grade (`grades`: 003 village 被评定为基本合格及以下的…延长预备期), whichever the
 * seed names; exactly one of them. `statuses` says whom it concerns: probationary members by default;
 * schemes that score activists flag them too (入党积极分子当年度评分低于85分的取消考察对象资格或延长考察期;
 * 004: 积分情况作为确定发展对象的重要依据).
 */
export const ProbationFlag = z
  .object({
    code: Code,
    name: Label,
    below: Points.optional(),
    grades: z.array(Code).min(1).optional(),
    statuses: z
      .array(z.enum(['probationary', 'activist']))
      .min(1)
      .default(['probationary']),
    source: Source,
  })
  .strict()
  .refine((f) => (f.below === undefined) !== (f.grades === undefined), 'give below or grades (one of them)');
export type ProbationFlag = z.infer<typeof ProbationFlag>;

/** Probationary members: graded or not, and flags by year total or grade. */
export const Probation = z
  .object({
    flags: z.array(ProbationFlag).default([]),
  })
  .strict();
export type Probation = z.infer<typeof Probation>;

/**
 * Consequences that grow with repeated low results (001: 1年→一对一帮扶, 2年→学习班, 3年→组织处理).
 * 'consecutive' counts an unbroken run of years ending with the scored year; 'total' counts all years given.
 */
export const Escalation = z
  .object({
    when: z.union([z.object({ grades: z.array(Code).min(1) }).strict(), z.object({ below: Points }).strict()]),
    counting: z.enum(['consecutive', 'total']),
    steps: z.array(z.object({ count: z.number().int().min(1).max(10), action: Label }).strict()).min(1),
    source: Source,
  })
  .strict();
export type Escalation = z.infer<typeof Escalation>;
