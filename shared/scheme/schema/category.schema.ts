import { z } from 'zod';
import { Cap, Code, Label, Points, Source } from './common.schema';
import { doc, part } from './field-doc';
import { Item } from './item.schema';

/**
 * How a block's value is formed, each period (or once a year for year-scope categories):
 *   value = clamp(start + min(additions, gainCap) − min(deductions, lossCap), floor, ceiling)
 * `start` is the full mark a deduct-from-full block begins with (001 学习教育 10, floor 0);
 * additive blocks start at 0 and cap their additions (002 特色 ≤ 20, 001 加分项 ≤ 10 a year).
 */
const BlockRules = {
  description: z
    .string()
    .max(1000)
    .optional()
    .meta(doc('说明', 'A longer description', { example: '按时参加组织生活，无故缺席扣分' })),
  start: Points.default(0).meta(
    doc('起始满分：扣分制的块从这个分数开始扣；加分制的块为 0', 'Full marks a deduct-from-full block starts from; 0 for additive blocks', {
      unit: '分',
      example: 40,
    }),
  ),
  floor: Points.optional().meta(doc('最低分（扣完为止写 0）', 'The lowest value (扣完为止: 0)', { unit: '分', example: 0 })),
  ceiling: Points.optional().meta(doc('最高分', 'The highest value', { unit: '分', example: 20 })),
  gainCap: Cap.optional().meta(
    doc('加分上限（每期、每年）', 'Cap on the block’s additions, per period and/or year', { example: { perYear: 10 } }),
  ),
  lossCap: Cap.optional().meta(
    doc('扣分上限（每期、每年，写正数）', 'Cap on the block’s deductions (a positive amount)', { example: { perPeriod: 20 } }),
  ),
};

function checkBlock(block: { start: number; floor?: number; ceiling?: number }, ctx: z.RefinementCtx): void {
  if (block.floor !== undefined && block.ceiling !== undefined && block.floor > block.ceiling) {
    ctx.addIssue({ code: 'custom', path: ['floor'], message: '最低分（floor）不能高于最高分（ceiling）' });
  }
  if (block.ceiling !== undefined && block.start > block.ceiling) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: '起始分（start）不能高于最高分（ceiling）' });
  }
}

/**
 * A sub-block with its own full marks or caps (001 履行党员义务 40 = 学习教育 10 + 组织生活 10 + …).
 * `share` gives an aspect its part of the category's start instead of full marks of its own (逐项扣分，
 * 扣完为止 where the block's start is one number, or a share of last year's total): the section starts
 * from `share` % of the category's start, floors on its own (at `floor`, default 0), and the category
 * keeps the rest of its start. Parts are rounded on their running total, so they add up to the start.
 */
export const Section = z
  .object({
    code: Code.meta(doc('分项代码，全方案唯一', 'The section’s code, unique in the scheme', { example: 'duties.study' })),
    name: Label.meta(doc('分项名称', 'The section’s name', { example: '学习教育' })),
    ...BlockRules,
    share: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .meta(
        doc(
          '按比例分得所在类别起始分的百分比（逐项扣分、扣完为止）：本分项从这部分起扣、单独计最低分（默认 0），类别保留其余部分',
          'This aspect’s percentage of its category’s start: it starts from that part and floors on its own (default 0)',
          { unit: '%', example: 20 },
        ),
      ),
    items: z.array(Item).min(1).meta(doc('本分项的项目', 'The section’s items')),
    source: Source.optional().meta(doc('依据', 'Where it comes from', { example: '本支部细则 第三条（一）' })),
  })
  .strict()
  .superRefine((section, ctx) => {
    checkBlock(section, ctx);
    if (section.share !== undefined && section.start !== 0) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: '按比例分得起始分（share）的分项不再单设起始分（start）' });
    }
  })
  .meta(part('Section', '分项（section）', 'A sub-block of a category with its own full marks, caps or share'));
export type Section = z.infer<typeof Section>;

const ReviewRange = z
  .object({
    min: Points.meta(doc('最低分', 'Lowest points', { unit: '分', example: 23 })),
    max: Points.meta(doc('最高分（与 min 相同即为固定分）', 'Highest points (equal to min: a fixed value)', { unit: '分', example: 25 })),
  })
  .strict()
  .refine((r) => r.min <= r.max && r.min >= 0, { message: '应满足 0 ≤ min ≤ max', path: ['max'] })
  .meta(part('ReviewRange', '评议结果的分值（review.points）', 'Points for one review result: fixed, or a range the branch picks from'));

const reviewRange = (zh: string, en: string, example: { min: number; max: number }) => ReviewRange.meta(doc(zh, en, { example }));

/**
 * Democratic review (民主评议) mapped to points: a fixed value per result (002: 优秀10/合格7/基本合格5/不合格0)
 * or a range the branch picks within (003 pipeline: 优秀 23–25 …), held once or twice a year, each round
 * weighted (×50 % twice a year).
 */
export const ReviewMapping = z
  .object({
    rounds: z.union([z.literal(1), z.literal(2)]).meta(doc('每年评议次数', 'Review rounds a year', { unit: '次', example: 2 })),
    weightPercent: z
      .number()
      .int()
      .min(1)
      .max(100)
      .meta(doc('每次评议得分计入的百分比（每年两次时常为 50）', 'Percentage of each round’s points counted', { unit: '%', example: 50 })),
    points: z
      .object({
        excellent: reviewRange('评为优秀的分值', 'Points for 优秀', { min: 10, max: 10 }),
        qualified: reviewRange('评为合格的分值', 'Points for 合格', { min: 7, max: 7 }),
        basicallyQualified: reviewRange('评为基本合格的分值', 'Points for 基本合格', { min: 5, max: 5 }),
        unqualified: reviewRange('评为不合格的分值', 'Points for 不合格', { min: 0, max: 0 }),
      })
      .strict()
      .meta(
        doc('各评议结果的分值', 'Points for each review result', {
          example: {
            excellent: { min: 10, max: 10 },
            qualified: { min: 7, max: 7 },
            basicallyQualified: { min: 5, max: 5 },
            unqualified: { min: 0, max: 0 },
          },
        }),
      ),
    source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第六条' })),
  })
  .strict()
  .meta(part('ReviewMapping', '民主评议折分（review）', 'The democratic review’s results as points, added to a year-scope category'));
export type ReviewMapping = z.infer<typeof ReviewMapping>;

export const Category = z
  .object({
    code: Code.meta(doc('类别代码，全方案唯一', 'The category’s code, unique in the scheme', { example: 'duties' })),
    name: Label.meta(doc('类别名称', 'The category’s name', { example: '履行党员义务' })),
    /** Display group for forms and exports (002: 基础分 = 政治学习 + 组织生活 + 政治建设). */
    group: Label.optional().meta(doc('表格和导出中的归组', 'Display group for forms and exports', { example: '基础分' })),
    /** 'period': scored every period and combined into the year; 'year': counted once a year (bonus ≤ 10 a year). */
    scope: z.enum(['period', 'year']).meta(
      doc('period 每期计分后合成年度；year 每年计一次（如每年加分不超过 10 分）', 'period: scored every period; year: once a year', {
        example: 'period',
      }),
    ),
    ...BlockRules,
    /**
     * The start is this percentage of the member's own total of the year before (history), rounded to
     * the hundredth (以后每年基础分值为上年度党员个人积分的20%); `start` where there is no such total
     * (the first year, a new member). A total below 0 counts as 0.
     */
    startFromLastYear: z
      .object({
        percent: z
          .number()
          .int()
          .min(1)
          .max(100)
          .meta(
            doc('起始分为本人上年度积分的百分比', 'The start as a percentage of the member’s last-year total', { unit: '%', example: 20 }),
          ),
        source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则：以后每年基础分值为上年度党员个人积分的20%' })),
      })
      .strict()
      .optional()
      .meta(
        doc(
          '起始分取本人上年度积分的百分比（四舍五入到 0.01 分）；没有上年度积分（第一年、新党员）时用 start；上年度为负按 0 计',
          'The start is this share of the member’s own total of last year; `start` without one',
          { example: { percent: 20, source: '本支部细则 三(一)1' } },
        ),
      ),
    sections: z.array(Section).default([]).meta(doc('分项', 'Sub-blocks')),
    items: z.array(Item).default([]).meta(doc('类别自己的项目（不属于任何分项）', 'The category’s own items')),
    review: ReviewMapping.optional().meta(doc('民主评议折分（仅按年计分的类别）', 'The review mapped to points (year-scope categories)')),
    source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第三条' })),
  })
  .strict()
  .superRefine((category, ctx) => {
    checkBlock(category, ctx);
    const shares = category.sections.reduce((sum, section) => sum + (section.share ?? 0), 0);
    if (shares > 100) ctx.addIssue({ code: 'custom', path: ['sections'], message: `各分项的 share 合计 ${shares}%，不能超过 100%` });
    if (shares > 0 && category.start === 0 && !category.startFromLastYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: '分项按比例分得起始分（share），类别须有起始分（start 或 startFromLastYear）',
      });
    }
    if (category.sections.length === 0 && category.items.length === 0 && !category.review) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: '类别须有项目（items）、分项（sections）或民主评议折分（review）' });
    }
    if (category.scope === 'year' && (category.gainCap?.perPeriod !== undefined || category.lossCap?.perPeriod !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['gainCap'], message: '按年计分的类别只设每年上限（perYear）' });
    }
    if (category.review && category.scope !== 'year') {
      ctx.addIssue({ code: 'custom', path: ['review'], message: '民主评议折分只能放在按年计分（scope 为 year）的类别' });
    }
    if (category.scope === 'year') {
      const spread = (items: Item[], path: (string | number)[]) =>
        items.forEach((item, i) => {
          if (item.countsIn)
            ctx.addIssue({
              code: 'custom',
              path: [...path, i, 'countsIn'],
              message: '按年计分的类别每年计一次：countsIn 只用于按期计分的类别',
            });
        });
      category.sections.forEach((section, s) => spread(section.items, ['sections', s, 'items']));
      spread(category.items, ['items']);
    }
  })
  .meta(part('Category', '积分类别（category）', 'A category: a block of the scheme with its items'));
export type Category = z.infer<typeof Category>;
