import { z } from 'zod';
import { Code, Source } from './common.schema';
import { doc, part } from './field-doc';

/**
 * When members may redeem: the first or last `days` days of every month or quarter, in Beijing time
 * (003 xx社区: 社区每季度组织一次积分兑换). Without windows the exchange is open every day.
 */
export const ExchangeWindows = z
  .object({
    every: z.enum(['month', 'quarter']).meta(doc('month 每月，quarter 每季度', 'Every month or every quarter', { example: 'quarter' })),
    at: z.enum(['start', 'end']).meta(doc('start 月（季）初；end 月（季）末', 'At the start or the end of it', { example: 'end' })),
    days: z
      .number()
      .int()
      .min(1)
      .max(28)
      .meta(doc('开放的天数（北京时间）', 'Days open, in Beijing time', { unit: '天', example: 5 })),
  })
  .strict()
  .meta(part('ExchangeWindows', '兑换时间（exchange.windows）', 'When members may redeem'));
export type ExchangeWindows = z.infer<typeof ExchangeWindows>;

/**
 * The points exchange (志愿服务超市 / 爱心积分兑换, 000 §6.1, 003 xx社区): which ledger lines earn exchange
 * points and at what rate, whether unspent points carry into the next year, and when members may redeem.
 * The exchange balance is separate from the year's score: redeeming never changes a score.
 *
 * Exchange points are earned per ledger line from the points the line records (before the scheme's caps
 * and age multipliers): only positive lines earn, a reversal takes its line's points back, and each
 * line's exchange points are its points × `ratioPercent` / 100 rounded by the one rounding rule. With
 * `earnFrom` empty every positive line earns; otherwise only lines of the listed categories (or
 * sections) and items. A scheme without this section runs the exchange on EXCHANGE_DEFAULTS.
 */
export const Exchange = z
  .object({
    /** False: the branch does not run an exchange under this scheme. */
    enabled: z
      .boolean()
      .default(true)
      .meta(doc('本方案下支部开展积分兑换（false 不开展）', 'The branch runs an exchange under this scheme', { example: true })),
    earnFrom: z
      .object({
        /** Category or section codes whose items earn. */
        categories: z
          .array(Code)
          .max(50)
          .default([])
          .meta(doc('这些积分类别或分项的加分可兑换', 'Category or section codes whose items earn', { example: ['volunteer'] })),
        /** Item codes that earn. */
        items: z
          .array(Code)
          .max(300)
          .default([])
          .meta(doc('这些项目的加分可兑换', 'Item codes that earn', { example: ['volunteer.service'] })),
      })
      .strict()
      .default({ categories: [], items: [] })
      .meta(
        doc('哪些加分可兑换；两项都不填时所有加分都可兑换', 'Which additions earn; every addition when both are empty', {
          example: { categories: ['volunteer'], items: [] },
        }),
      ),
    /** Exchange points per 100 score points: 100 is one for one, 50 one per two points. */
    ratioPercent: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .default(100)
      .meta(
        doc('每 100 积分折合的兑换分（100 为一比一，50 为两分换一分）', 'Exchange points per 100 score points', { unit: '%', example: 50 }),
      ),
    /** Unspent points carry into the next year (else each year starts at 0). Decided by the receiving year's scheme. */
    carryOver: z
      .boolean()
      .default(false)
      .meta(doc('未用完的兑换分结转下一年（否则每年从 0 开始）', 'Unspent points carry into the next year', { example: true })),
    windows: ExchangeWindows.optional().meta(
      doc('兑换开放时间；不填为每天开放', 'When members may redeem; every day when absent', {
        example: { every: 'quarter', at: 'end', days: 5 },
      }),
    ),
    source: Source.optional().meta(doc('依据', 'Where it comes from', { example: '本社区细则 第六条：每季度组织一次积分兑换' })),
  })
  .strict()
  .meta(part('Exchange', '积分兑换（exchange）', 'The points exchange (志愿服务超市)'));
export type Exchange = z.infer<typeof Exchange>;

/** The exchange of a scheme that has no `exchange` section: every positive point, one for one, any day, not carried over. */
export const EXCHANGE_DEFAULTS: Exchange = { enabled: true, earnFrom: { categories: [], items: [] }, ratioPercent: 100, carryOver: false };

interface CodedScheme {
  categories: { code: string; sections: { code: string; items: { code: string }[] }[]; items: { code: string }[] }[];
  exchange?: Exchange;
}

/** Every code `earnFrom` names is a category, section or item of the scheme (each unknown code named by its path). */
export function checkExchangeReferences(scheme: CodedScheme, ctx: z.RefinementCtx): void {
  if (!scheme.exchange) return;
  const blocks = new Set(scheme.categories.flatMap((c) => [c.code, ...c.sections.map((s) => s.code)]));
  const items = new Set(scheme.categories.flatMap((c) => [...c.items, ...c.sections.flatMap((s) => s.items)].map((i) => i.code)));
  scheme.exchange.earnFrom.categories.forEach((code, i) => {
    if (!blocks.has(code))
      ctx.addIssue({ code: 'custom', path: ['exchange', 'earnFrom', 'categories', i], message: `没有代码为“${code}”的积分类别或分项` });
  });
  scheme.exchange.earnFrom.items.forEach((code, i) => {
    if (!items.has(code))
      ctx.addIssue({ code: 'custom', path: ['exchange', 'earnFrom', 'items', i], message: `没有代码为“${code}”的项目` });
  });
}
