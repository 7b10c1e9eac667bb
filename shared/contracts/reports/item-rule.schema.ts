import { z } from 'zod';

/**
 * How an item turns into points, as reviewers and recorders choose them: a fixed value, a value per
 * unit (up to maxQuantity), a range with the step between allowed values, levels to choose from, or a
 * veto (no points; 一票否决). Points as people write them (two decimals at most).
 */
export const ItemRulePoints = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), value: z.number() }).strict(),
  z.object({ kind: z.literal('perOccurrence'), value: z.number(), unit: z.string(), maxQuantity: z.number().int() }).strict(),
  z.object({ kind: z.literal('range'), min: z.number(), max: z.number(), step: z.number() }).strict(),
  z
    .object({ kind: z.literal('levels'), levels: z.array(z.object({ code: z.string(), name: z.string(), value: z.number() }).strict()) })
    .strict(),
  z.object({ kind: z.literal('veto') }).strict(),
]);
export type ItemRulePoints = z.infer<typeof ItemRulePoints>;

/**
 * An item of the branch's pinned scheme as a reviewer or recorder needs it to be offered only allowed
 * values: its points, who enters it, and its category.
 */
export const ItemRuleView = z
  .object({
    code: z.string(),
    name: z.string(),
    categoryName: z.string(),
    points: ItemRulePoints,
    /** 'member': members report it; 'recorder': only recorders and secretaries enter it. */
    enteredBy: z.enum(['member', 'recorder']),
    /** The entry names one of the member's volunteer posts (chosen when reporting; a reviewer cannot change it). */
    requiresPost: z.boolean(),
  })
  .strict();
export type ItemRuleView = z.infer<typeof ItemRuleView>;
