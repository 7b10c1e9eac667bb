import { z } from 'zod';
import { Code, Source } from './common.schema';

/**
 * When members may redeem: the first or last `days` days of every month or quarter, in Beijing time
 * (003 xx社区: 社区每季度组织一次积分兑换). Without windows the exchange is open every day.
 */
export const ExchangeWindows = z
  .object({
    every: z.enum(['month', 'quarter']),
    at: z.enum(['start', 'end']),
    days: z.number().int().min(1).max(28),
  })
  .strict();
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
    enabled: z.boolean().default(true),
    earnFrom: z
      .object({
        /** Category or section codes whose items earn. */
        categories: z.array(Code).max(50).default([]),
        /** Item codes that earn. */
        items: z.array(Code).max(300).default([]),
      })
      .strict()
      .default({ categories: [], items: [] }),
    /** Exchange points per 100 score points: 100 is one for one, 50 one per two points. */
    ratioPercent: z.number().int().min(1).max(10_000).default(100),
    /** Unspent points carry into the next year (else each year starts at 0). Decided by the receiving year's scheme. */
    carryOver: z.boolean().default(false),
    windows: ExchangeWindows.optional(),
    source: Source.optional(),
  })
  .strict();
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
      ctx.addIssue({ code: 'custom', path: ['exchange', 'earnFrom', 'categories', i], message: `unknown category "${code}"` });
  });
  scheme.exchange.earnFrom.items.forEach((code, i) => {
    if (!items.has(code)) ctx.addIssue({ code: 'custom', path: ['exchange', 'earnFrom', 'items', i], message: `unknown item "${code}"` });
  });
}
