import { z } from 'zod';
import { Cap, Code, Label, Points, Source } from './common.schema';
import { Item } from './item.schema';

/**
 * How a block's value is formed, each period (or once a year for year-scope categories):
 *   value = clamp(start + min(additions, gainCap) − min(deductions, lossCap), floor, ceiling)
 * `start` is the full mark a deduct-from-full block begins with (001 学习教育 10, floor 0);
 * additive blocks start at 0 and cap their additions (002 特色 ≤ 20, 001 加分项 ≤ 10 a year).
 */
const BlockRules = {
  description: z.string().max(1000).optional(),
  start: Points.default(0),
  floor: Points.optional(),
  ceiling: Points.optional(),
  gainCap: Cap.optional(),
  lossCap: Cap.optional(),
};

function checkBlock(block: { start: number; floor?: number; ceiling?: number }, ctx: z.RefinementCtx): void {
  if (block.floor !== undefined && block.ceiling !== undefined && block.floor > block.ceiling) {
    ctx.addIssue({ code: 'custom', path: ['floor'], message: 'floor must not exceed ceiling' });
  }
  if (block.ceiling !== undefined && block.start > block.ceiling) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: 'start must not exceed ceiling' });
  }
}

/**
 * A sub-block with its own full marks or caps (001 履行党员义务 40 = 学习教育 10 + 组织生活 10 + …).
 * `share` gives an aspect its part of the category's start instead of full marks of its own (逐项扣分，
 * 扣完为止 where the block's start is one number, or a share of last year's total): the section starts
 * from `share` % of the category's start, floors on its own (at `floor`, default 0), and the category
 * keeps the rest of its start.
 */
export const Section = z
  .object({
    code: Code,
    name: Label,
    ...BlockRules,
    share: z.number().int().min(1).max(100).optional(),
    items: z.array(Item).min(1),
    source: Source.optional(),
  })
  .strict()
  .superRefine((section, ctx) => {
    checkBlock(section, ctx);
    if (section.share !== undefined && section.start !== 0) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: '按比例分得起始分（share）的分项不再单设起始分（start）' });
    }
  });
export type Section = z.infer<typeof Section>;

const ReviewRange = z
  .object({ min: Points, max: Points })
  .strict()
  .refine((r) => r.min <= r.max && r.min >= 0, { message: 'need 0 ≤ min ≤ max', path: ['max'] });

/**
 * Democratic review (民主评议) mapped to points: a fixed value per result (002: 优秀10/合格7/基本合格5/不合格0)
 * or a range the branch picks within (003 pipeline: 优秀 23–25 …), held once or twice a year, each round
 * weighted (×50 % twice a year).
 */
export const ReviewMapping = z
  .object({
    rounds: z.union([z.literal(1), z.literal(2)]),
    weightPercent: z.number().int().min(1).max(100),
    points: z
      .object({
        excellent: ReviewRange,
        qualified: ReviewRange,
        basicallyQualified: ReviewRange,
        unqualified: ReviewRange,
      })
      .strict(),
    source: Source,
  })
  .strict();
export type ReviewMapping = z.infer<typeof ReviewMapping>;

export const Category = z
  .object({
    code: Code,
    name: Label,
    /** Display group for forms and exports (002: 基础分 = 政治学习 + 组织生活 + 政治建设). */
    group: Label.optional(),
    /** 'period': scored every period and combined into the year; 'year': counted once a year (bonus ≤ 10 a year). */
    scope: z.enum(['period', 'year']),
    ...BlockRules,
    /**
     * The start is this percentage of the member's own total of the year before (history), rounded to
     * the hundredth (以后每年基础分值为上年度党员个人积分的20%); `start` where there is no such total
     * (the first year, a new member). A total below 0 counts as 0.
     */
    startFromLastYear: z
      .object({ percent: z.number().int().min(1).max(100), source: Source })
      .strict()
      .optional(),
    sections: z.array(Section).default([]),
    items: z.array(Item).default([]),
    review: ReviewMapping.optional(),
    source: Source,
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
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'a category needs items, sections or a review mapping' });
    }
    if (category.scope === 'year' && (category.gainCap?.perPeriod !== undefined || category.lossCap?.perPeriod !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['gainCap'], message: 'a year-scope category has year caps only (perYear)' });
    }
    if (category.review && category.scope !== 'year') {
      ctx.addIssue({ code: 'custom', path: ['review'], message: 'a democratic-review mapping belongs to a year-scope category' });
    }
    if (category.scope === 'year') {
      const spread = (items: Item[], path: (string | number)[]) =>
        items.forEach((item, i) => {
          if (item.countsIn)
            ctx.addIssue({
              code: 'custom',
              path: [...path, i, 'countsIn'],
              message: 'a year-scope category counts once a year: countsIn applies to period categories',
            });
        });
      category.sections.forEach((section, s) => spread(section.items, ['sections', s, 'items']));
      spread(category.items, ['items']);
    }
  });
export type Category = z.infer<typeof Category>;
