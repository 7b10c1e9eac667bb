import { z } from 'zod';
import { Code, Label, MemberCondition, Points, PositivePoints, Source } from './common.schema';
import { doc, part } from './field-doc';

const scalePercent = (zh: string, en: string, example: number) =>
  z
    .number()
    .int()
    .min(0)
    .max(100)
    .meta(doc(zh, en, { unit: '%', example }));

/**
 * How period scores become the year total:
 * - sum: add the periods (000, 004, 003 新坝乡 "全年累计");
 * - average: mean of the periods started by asOf (001 试行 "每月考核记分的平均分", 003 company quarterly);
 * - divide: add the periods and divide by a fixed divisor (003 village "累计分除以4"), so a missing quarter counts as 0.
 * Averages and divisions follow the one rounding rule (hundredths, halves away from zero).
 */
export const Combine = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('sum').meta(doc('各期相加（全年累计）', 'Add the periods', { example: 'sum' })) }).strict(),
    z
      .object({
        method: z.literal('average').meta(doc('各期平均（已开始的期数）', 'The mean of the periods started', { example: 'average' })),
      })
      .strict(),
    z
      .object({
        method: z.literal('divide').meta(doc('各期累计后除以固定的数', 'The sum divided by a fixed divisor', { example: 'divide' })),
        divisor: z
          .number()
          .int()
          .min(2)
          .max(12)
          .meta(doc('除数（如“累计分除以 4”），缺的期按 0 计', 'The divisor; a missing period counts as 0', { example: 4 })),
      })
      .strict(),
  ])
  .meta(part('Combine', '各期合成年度（combine）', 'How the periods make the year'));

const Tier = z
  .object({
    code: Code.meta(doc('层次代码（党员的 tier 与之对应）', 'The tier’s code (members’ `tier`)', { example: 'secretary' })),
    name: Label.meta(doc('层次名称', 'The tier’s name', { example: '村党组织书记' })),
    value: Points.meta(doc('该层次的基础分', 'The tier’s base score', { unit: '分', example: 10 })),
    when: MemberCondition.meta(doc('属于该层次的条件', 'Who is in the tier', { example: { tiers: ['secretary'] } })),
    source: Source.optional().meta(doc('依据', 'Where it comes from', { example: '本支部细则 第二条' })),
  })
  .strict()
  .meta(part('Tier', '基础分层次（tier）', 'A tier of members with its base score'));

/** A base score added to the year total: fixed, or by member tier (003 新坝乡: 书记10/委员20/无职<60岁30/≥60岁50). */
export const BaseScore = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('none').meta(doc('没有基础分', 'No base score', { example: 'none' })) }).strict(),
    z
      .object({
        kind: z.literal('fixed').meta(doc('固定基础分', 'A fixed base score', { example: 'fixed' })),
        value: Points.meta(doc('基础分', 'The base score', { unit: '分', example: 60 })),
        source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第三条' })),
      })
      .strict(),
    z
      .object({
        kind: z.literal('byTier').meta(doc('按党员层次定基础分', 'By the member’s tier', { example: 'byTier' })),
        /** First matching tier wins. Ages are taken on 31 December of the scored year. */
        tiers: z
          .array(Tier)
          .min(1)
          .meta(doc('各层次，按顺序取第一个符合的；年龄按计分年度 12 月 31 日计', 'The tiers; the first that matches wins')),
        /** For a member no tier matches. */
        otherwise: Points.default(0).meta(doc('不属于任何层次时的基础分', 'For a member no tier matches', { unit: '分', example: 30 })),
        source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第二条' })),
      })
      .strict(),
  ])
  .meta(part('BaseScore', '基础分（base）', 'A base score added to the year'));
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
        excellent: scalePercent('评为优秀的折算比例', 'Percentage for 优秀', 100),
        qualified: scalePercent('评为合格的折算比例', 'Percentage for 合格', 90),
        basicallyQualified: scalePercent('评为基本合格的折算比例', 'Percentage for 基本合格', 80),
        unqualified: scalePercent('评为不合格的折算比例', 'Percentage for 不合格', 0),
      })
      .strict()
      .meta(
        doc('各评议结果的折算比例', 'The percentage for each review result', {
          example: { excellent: 100, qualified: 90, basicallyQualified: 80, unqualified: 0 },
        }),
      ),
    source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第八条：年度积分=全年累计积分×评议折算比例' })),
  })
  .strict()
  .meta(part('ReviewScale', '按民主评议折算年度积分（reviewScale）', 'The year scaled by the democratic review'));
export type ReviewScale = z.infer<typeof ReviewScale>;

export const YearTotal = z
  .object({
    combine: Combine.meta(doc('各期如何合成年度', 'How the periods make the year', { example: { method: 'sum' } })),
    base: BaseScore.default({ kind: 'none' }).meta(
      doc('加在年度积分上的基础分', 'A base score added to the year', {
        example: { kind: 'fixed', value: 60, source: '本支部细则 第三条' },
      }),
    ),
    reviewScale: ReviewScale.optional().meta(
      doc(
        '年度积分 = 全年累计积分 × 民主评议折算比例：各期合成、按年类别和基础分之和乘以本人最近一次评议结果的比例，在最低分、最高分和一票否决之前；评议结果录入前不折算',
        'The year’s points × the percentage of the member’s latest review result, before floor, ceiling and veto',
        { example: { percent: { excellent: 100, qualified: 90, basicallyQualified: 80, unqualified: 0 }, source: '本支部细则 第八条' } },
      ),
    ),
    /** The year's lowest total, with the clause it comes from (docs/examples office branch: 扣分后分值下限为“0”分). */
    floor: z
      .object({
        value: Points.meta(doc('最低分', 'The lowest total', { unit: '分', example: 0 })),
        source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第三条：扣分后分值下限为0分' })),
      })
      .strict()
      .optional()
      .meta(doc('年度积分最低分', 'The year’s lowest total', { example: { value: 0, source: '本支部细则 第三条' } })),
    /** Above the ceiling, points are either kept as reward points (003 village: 超出分值作为奖励积分) or dropped. */
    ceiling: z
      .object({
        value: PositivePoints.meta(doc('满分', 'The ceiling', { unit: '分', example: 100 })),
        overflow: z
          .enum(['reward', 'discard'])
          .meta(
            doc('超出部分：reward 计为奖励积分；discard 不计', 'Points above it: kept as reward points, or dropped', { example: 'reward' }),
          ),
        source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第七条' })),
      })
      .strict()
      .optional()
      .meta(doc('年度积分满分', 'The year’s ceiling', { example: { value: 100, overflow: 'discard', source: '本支部细则 第七条' } })),
  })
  .strict()
  .meta(part('YearTotal', '年度积分（yearTotal）', 'How the year total is formed'));
export type YearTotal = z.infer<typeof YearTotal>;

/**
 * Additions multiplied for some members (000 §5.2: self-managed members 60–70 ×2, over 70 ×3).
 * The first matching multiplier applies; age is taken on the entry's date. Deductions are never multiplied.
 */
export const Multiplier = z
  .object({
    code: Code.meta(doc('倍数代码', 'The multiplier’s code', { example: 'age70' })),
    name: Label.meta(doc('名称', 'Its name', { example: '70岁以上自管党员加分三倍' })),
    percent: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .meta(doc('加分乘以的百分比（双倍为 200）', 'Additions × this percentage (double: 200)', { unit: '%', example: 300 })),
    when: MemberCondition.meta(
      doc('适用的党员（年龄按记录日期计）', 'Whom it applies to (age on the entry’s date)', {
        example: { categories: ['selfManaged'], ageAtLeast: 70 },
      }),
    ),
    /** Limit to these categories; all categories when absent. */
    categories: z
      .array(Code)
      .min(1)
      .optional()
      .meta(
        doc('只对这些积分类别的加分生效；不填为全部类别', 'Only additions of these categories; all when absent', {
          example: ['contribution'],
        }),
      ),
    source: Source.meta(doc('依据', 'Where it comes from', { example: '本社区细则 5.2' })),
  })
  .strict()
  .meta(part('Multiplier', '加分倍数（multiplier）', 'Additions multiplied for some members; deductions never'));
export type Multiplier = z.infer<typeof Multiplier>;
