import { z } from 'zod';
import { Code, Label, MemberCategory, MemberStatus, Points, ReviewGrade, Source } from './common.schema';
import { doc, part } from './field-doc';

const source = (example: string) => Source.meta(doc('依据', 'Where it comes from', { example }));

/** Bands are listed from the highest; a band applies from `min` (inclusive) up; the last band has no min. With basis 'review' no band has a min. */
const GradeBand = z
  .object({
    code: Code.meta(doc('等次代码', 'The grade’s code', { example: 'excellent' })),
    name: Label.meta(doc('等次名称', 'The grade’s name', { example: '优秀' })),
    min: Points.optional().meta(
      doc('分数线（含）；最低一档不填', 'From this total up (inclusive); the lowest band has none', { unit: '分', example: 90 }),
    ),
  })
  .strict();

export const Grading = z
  .object({
    /**
     * basis 'points': the band the year total falls in (001, 003, 004).
     * 'review': the democratic review's result, mapped to a band (000: the points inform the review).
     */
    basis: z.enum(['points', 'review']).meta(
      doc('points 按年度积分所在分数段；review 按民主评议结果', 'points: by the year total’s band; review: by the review result', {
        example: 'points',
      }),
    ),
    bands: z
      .array(GradeBand)
      .min(2)
      .meta(
        doc('等次，从高到低', 'The grades, from the highest', {
          example: [
            { code: 'excellent', name: '优秀', min: 90 },
            { code: 'qualified', name: '合格' },
          ],
        }),
      ),
    /** With source 'review': which band each review result gives. */
    fromReview: z
      .record(ReviewGrade, Code)
      .optional()
      .meta(
        doc('按评议定等次时：各评议结果对应的等次代码', 'With basis review: the grade each review result gives', {
          example: { excellent: 'excellent', qualified: 'qualified', basicallyQualified: 'basicallyQualified', unqualified: 'unqualified' },
        }),
      ),
    /** Member statuses that receive a grade; others are scored only (001: 预备党员…不确定等次). */
    gradedStatuses: z
      .array(MemberStatus)
      .min(1)
      .meta(doc('评定等次的党员身份；其余只计分', 'Member statuses that receive a grade', { example: ['full'] })),
    source: source('本支部细则 第九条'),
  })
  .strict()
  .superRefine((g, ctx) => {
    g.bands.forEach((band, i) => {
      if (g.basis === 'review') {
        if (band.min !== undefined)
          ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: '等次由民主评议确定：不填分数线（min）' });
        return;
      }
      const last = i === g.bands.length - 1;
      if (last && band.min !== undefined)
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: '最低一档包括其余所有分数：不填分数线（min）' });
      if (!last && band.min === undefined)
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: '除最低一档外，每档都要有分数线（min）' });
      const prev = g.bands[i - 1];
      if (i > 0 && !last && prev.min !== undefined && band.min !== undefined && band.min >= prev.min) {
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: '等次应按分数线从高到低排列' });
      }
    });
    if (g.basis === 'review' && !g.fromReview) {
      ctx.addIssue({ code: 'custom', path: ['fromReview'], message: '按民主评议定等次须填 fromReview' });
    }
  })
  .meta(part('Grading', '等次（grading）', 'The year’s grades'));
export type Grading = z.infer<typeof Grading>;

/** Star rating by points. Below the lowest min there are no stars (001: 50分以下无星). */
export const Stars = z
  .object({
    bands: z
      .array(
        z
          .object({
            stars: z
              .number()
              .int()
              .min(1)
              .max(5)
              .meta(doc('星级', 'Stars', { unit: '星', example: 5 })),
            min: Points.optional().meta(
              doc('分数线（含）；只有最低一档可不填', 'From this total up; only the lowest band may leave it out', {
                unit: '分',
                example: 90,
              }),
            ),
          })
          .strict(),
      )
      .min(1)
      .meta(
        doc('星级分数段，从多到少；低于最低分数线无星', 'Star bands from the most; below the lowest, no stars', {
          example: [{ stars: 5, min: 90 }],
        }),
      ),
    /** Also rate every period (003 company rates each quarter). */
    perPeriod: z
      .boolean()
      .default(false)
      .meta(doc('每期也评星', 'Also rate every period', { example: true })),
    source: source('本支部细则 第十条'),
  })
  .strict()
  .superRefine((s, ctx) => {
    s.bands.forEach((band, i) => {
      if (band.min === undefined && i !== s.bands.length - 1) {
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: '只有最低一档星级可以不填分数线（min）' });
      }
      if (i > 0 && band.stars >= s.bands[i - 1].stars) {
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'stars'], message: '星级应从多到少排列' });
      }
    });
  })
  .meta(part('Stars', '星级（stars）', 'Stars by points'));
export type Stars = z.infer<typeof Stars>;

/**
 * A cap on how many members of a branch may hold a grade: a percentage (001: 优秀 ≤ 20 %),
 * limit = floor(graded members × maxPercent / 100), and/or a number of places (按照分配名额由支部推荐:
 * at most 2 per branch); with both the smaller limit holds. Members are ranked by year total; those below
 * the limit move to the next band down. Ties at the limit are never split arbitrarily:
 * 'excludeTied' keeps the cap strict (all tied members move down), 'includeTied' lets them all in.
 */
export const Quota = z
  .object({
    grade: Code.meta(doc('受名额限制的等次代码', 'The grade limited', { example: 'excellent' })),
    maxPercent: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .meta(
        doc('不超过参评党员的百分比（人数向下取整）；与 maxPlaces 至少写一个', 'At most this percentage of graded members (rounded down)', {
          unit: '%',
          example: 20,
        }),
      ),
    maxPlaces: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .meta(
        doc(
          '每个支部不超过的人数（如上级分配的名额）；与 maxPercent 都写时取较少的一个',
          'At most this many members per branch (places allotted); with maxPercent the smaller limit holds',
          { unit: '人', example: 2 },
        ),
      ),
    ties: z.enum(['excludeTied', 'includeTied']).meta(
      doc('名额线上并列者：excludeTied 均不评上；includeTied 均评上', 'Ties across the limit: all out, or all in', {
        example: 'excludeTied',
      }),
    ),
    source: source('本支部细则 第九条：优秀不超过20%'),
  })
  .strict()
  .refine((q) => q.maxPercent !== undefined || q.maxPlaces !== undefined, {
    message: '请给出 maxPercent（百分比）或 maxPlaces（人数），或两者',
    path: ['maxPercent'],
  })
  .meta(part('Quota', '名额（quota）', 'How many members may hold a grade'));
export type Quota = z.infer<typeof Quota>;

const minStars = z
  .number()
  .int()
  .min(1)
  .max(5)
  .meta(doc('至少的星级', 'The stars needed', { unit: '星', example: 3 }));

/** Conditions a member must meet to hold a grade; otherwise they move to the next band down. */
export const GradeRule = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z
          .literal('minStars')
          .meta(doc('年度星级不少于 minStars 才能评该等次', 'The year’s stars must reach minStars', { example: 'minStars' })),
        grade: Code.meta(doc('等次代码', 'The grade', { example: 'excellent' })),
        minStars,
        categories: z
          .array(MemberCategory)
          .min(1)
          .optional()
          .meta(doc('只适用于这些类别的党员；不填为全部', 'Only members of these categories; all when absent', { example: ['inService'] })),
        source: source('本社区细则 6.5'),
      })
      .strict(),
    z
      .object({
        kind: z
          .literal('minPeriodStars')
          .meta(doc('每期星级都不少于 minStars 才能评该等次', 'Every period’s stars must reach minStars', { example: 'minPeriodStars' })),
        grade: Code.meta(doc('等次代码', 'The grade', { example: 'excellent' })),
        minStars,
        source: source('本公司细则 六(二)'),
      })
      .strict(),
  ])
  .meta(part('GradeRule', '等次特别规定（gradeRules）', 'A condition for holding a grade; otherwise one band down'));
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
    below: Points.optional().meta(doc('积分低于', 'The total is below', { unit: '分', example: 60 })),
    atLeast: Points.optional().meta(doc('积分不低于', 'The total is at least', { unit: '分', example: 90 })),
    starsAtMost: z
      .number()
      .int()
      .min(0)
      .max(5)
      .optional()
      .meta(doc('星级不超过', 'Stars at most', { unit: '星', example: 2 })),
    grades: z
      .array(Code)
      .min(1)
      .optional()
      .meta(doc('最终等次为其中之一（仅年度）', 'The final grade is one of these (year only)', { example: ['unqualified'] })),
  })
  .strict()
  .refine(
    (c) => c.below !== undefined || c.atLeast !== undefined || c.starsAtMost !== undefined || c.grades !== undefined,
    '请至少给出 below、atLeast、starsAtMost 或 grades 之一',
  );

/** Flags raised by a score or a grade: yellow/red warnings (002), a talk after a low quarter (003 company), a talk for 不合格 (004). */
export const Warning = z
  .object({
    code: Code.meta(doc('预警代码', 'The warning’s code', { example: 'red' })),
    name: Label.meta(doc('预警名称', 'Its name', { example: '红色预警' })),
    scope: z
      .enum(['year', 'period'])
      .meta(doc('year 看年度；period 看每期', 'year: the year’s total; period: each period’s', { example: 'year' })),
    when: ScoreCondition.meta(doc('条件（给出的都要满足）', 'When it is raised (every condition given)', { example: { below: 60 } })),
    statuses: z
      .array(MemberStatus)
      .min(1)
      .default(['full', 'probationary'])
      .meta(doc('适用的党员身份', 'Member statuses it concerns', { example: ['full'] })),
    action: Label.meta(doc('处理', 'What follows', { example: '支部书记约谈提醒' })),
    source: source('本支部细则 第十一条'),
  })
  .strict()
  .meta(part('Warning', '预警（warnings）', 'A flag raised by a score or a grade'));
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
    code: Code.meta(doc('提示代码', 'The flag’s code', { example: 'extendProbation' })),
    name: Label.meta(doc('提示名称（处理）', 'Its name (what follows)', { example: '延长预备期' })),
    below: Points.optional().meta(
      doc('年度积分低于（与 grades 二选一）', 'The year total is below (or grades)', { unit: '分', example: 60 }),
    ),
    grades: z
      .array(Code)
      .min(1)
      .optional()
      .meta(
        doc('最终等次为其中之一（与 below 二选一）', 'The final grade is one of these (or below)', { example: ['basicallyQualified'] }),
      ),
    statuses: z
      .array(z.enum(['probationary', 'activist']))
      .min(1)
      .default(['probationary'])
      .meta(
        doc('适用的身份：probationary 预备党员，activist 入党积极分子', 'Whom it concerns: probationary members, activists', {
          example: ['probationary', 'activist'],
        }),
      ),
    source: source('本支部细则 第十二条'),
  })
  .strict()
  .refine((f) => (f.below === undefined) !== (f.grades === undefined), '请给出 below 或 grades（二选一）')
  .meta(part('ProbationFlag', '预备党员、入党积极分子提示（probation.flags）', 'A flag on probationary members or activists'));
export type ProbationFlag = z.infer<typeof ProbationFlag>;

/** Probationary members: graded or not, and flags by year total or grade. */
export const Probation = z
  .object({
    flags: z.array(ProbationFlag).default([]).meta(doc('提示', 'The flags')),
  })
  .strict();
export type Probation = z.infer<typeof Probation>;

/**
 * Consequences that grow with repeated low results (001: 1年→一对一帮扶, 2年→学习班, 3年→组织处理).
 * 'consecutive' counts an unbroken run of years ending with the scored year; 'total' counts all years given.
 */
export const Escalation = z
  .object({
    when: z
      .union([
        z
          .object({
            grades: z
              .array(Code)
              .min(1)
              .meta(doc('评为这些等次之一的年份', 'Years graded one of these', { example: ['unqualified'] })),
          })
          .strict(),
        z.object({ below: Points.meta(doc('年度积分低于该分的年份', 'Years with a total below', { unit: '分', example: 60 })) }).strict(),
      ])
      .meta(
        doc('哪一年算数：按等次（grades）或按积分（below）', 'Which years count: by grade or by points', {
          example: { grades: ['unqualified'] },
        }),
      ),
    counting: z.enum(['consecutive', 'total']).meta(
      doc('consecutive 连续年数（截至本年）；total 累计年数', 'consecutive: an unbroken run to this year; total: all years', {
        example: 'consecutive',
      }),
    ),
    steps: z
      .array(
        z
          .object({
            count: z
              .number()
              .int()
              .min(1)
              .max(10)
              .meta(doc('年数', 'Years', { unit: '年', example: 2 })),
            action: Label.meta(doc('处理', 'What follows', { example: '组织学习班' })),
          })
          .strict(),
      )
      .min(1)
      .meta(doc('各步：达到年数时的处理', 'Steps: what follows after so many years', { example: [{ count: 1, action: '一对一帮扶' }] })),
    source: source('本支部细则 第十三条'),
  })
  .strict()
  .meta(part('Escalation', '连续处理（escalation）', 'Consequences that grow with repeated low results'));
export type Escalation = z.infer<typeof Escalation>;
