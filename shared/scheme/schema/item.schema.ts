import { z } from 'zod';
import { Cap, Code, Label, Points, PositivePoints, Source } from './common.schema';

const Level = z
  .object({ code: Code, name: Label, value: Points.refine((v) => v !== 0, 'a level is worth a non-zero number of points') })
  .strict();

/**
 * How an item turns into points.
 * - fixed: each entry is worth `value` (5 per meeting, −5 per absence).
 * - perOccurrence: `value` × the entry's quantity (−0.5 per missed 学习强国 login).
 * - range: the reviewer picks points within [min, max] in steps of `step` (000: 视情形记 1-5 分).
 * - levels: a table, the entry names a level (表彰 社区1 … 中央30).
 * - pledge: judged each period against what the member pledged (承诺事项：评诺、践诺): the reviewer picks
 *   points within [min, max] in steps of `step`, at most once per member and period; the member's pledge
 *   text is the evidence, so only a member with a pledge on record can have one.
 * - veto: no points; one approved entry triggers the veto effect (一票否决).
 */
export const ItemPoints = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('fixed'), value: Points.refine((v) => v !== 0, 'a fixed item is worth a non-zero number of points') })
    .strict(),
  z
    .object({
      kind: z.literal('perOccurrence'),
      value: Points.refine((v) => v !== 0, 'a per-occurrence item is worth a non-zero number of points'),
      unit: Label.default('次'),
      maxQuantity: z.number().int().positive().max(10_000).default(100),
    })
    .strict(),
  z
    .object({ kind: z.literal('range'), min: Points, max: Points, step: PositivePoints.default(0.5) })
    .strict()
    .refine((r) => r.min <= r.max, { message: 'min must not exceed max', path: ['max'] })
    .refine((r) => (r.min >= 0 && r.max > 0) || (r.max <= 0 && r.min < 0), {
      message: 'a range is either all additions (min ≥ 0) or all deductions (max ≤ 0)',
      path: ['min'],
    }),
  z
    .object({ kind: z.literal('levels'), levels: z.array(Level).min(1) })
    .strict()
    .refine((t) => t.levels.every((l) => l.value > 0) || t.levels.every((l) => l.value < 0), {
      message: 'the levels of one item are all additions or all deductions',
      path: ['levels'],
    }),
  z.object({ kind: z.literal('veto'), effect: z.enum(['zeroYear', 'lowestGrade']) }).strict(),
  z
    .object({ kind: z.literal('pledge'), min: Points, max: PositivePoints, step: PositivePoints.default(0.5) })
    .strict()
    .refine((r) => r.min >= 0 && r.min <= r.max, { message: '应满足 0 ≤ min ≤ max', path: ['max'] }),
]);
export type ItemPoints = z.infer<typeof ItemPoints>;

/** Evidence a report must carry. Photos can always be made optional per item (2026 rules on government apps). */
export const Evidence = z
  .object({
    photo: z.enum(['required', 'optional', 'none']),
    /** The seed accepts a beneficiary's attestation instead (004: 受惠群众证实). */
    attestation: z.boolean().default(false),
    /** What to attach, in Chinese: "照片或签到表". */
    hint: Label.optional(),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

export const Item = z
  .object({
    code: Code,
    name: Label,
    description: z.string().max(1000).optional(),
    points: ItemPoints,
    evidence: Evidence,
    /**
     * 'member': the member may self-report it (a recorder reviews it; recorders may also enter it).
     * 'recorder': only the recorder or secretary enters it (attendance, dues, deductions, vetoes).
     */
    enteredBy: z.enum(['member', 'recorder']),
    /** A limit on this item's points per period / per year (additions and deductions alike, by magnitude). */
    cap: Cap.optional(),
    /** The entry must name one of the member's volunteer posts (001 志愿服务岗位). */
    requiresPost: z.boolean().default(false),
    /**
     * Absent: an entry counts in the period its date falls in. 'eachMonthOfQuarter' (monthly schemes,
     * period-scope categories): it counts, in full, in every month of its quarter (002 附件: 支部大会
     * 季度会议参加者…本季度每月得5分; 延期缴纳党费本季度每月扣5分). Only months scored as of `asOf`
     * count: earlier months of the quarter get it when the entry is recorded late in the quarter, a
     * month not yet started gets it once it starts, and months before the scoring start (`from`) are
     * not scored at all. Each month's caps, floors and ceilings apply to it as to any entry of that month.
     */
    countsIn: z.enum(['eachMonthOfQuarter']).optional(),
    source: Source,
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.points.kind === 'veto' && item.enteredBy !== 'recorder') {
      ctx.addIssue({ code: 'custom', path: ['enteredBy'], message: 'a veto item is entered by the recorder only' });
    }
    if (item.points.kind === 'veto' && item.cap) {
      ctx.addIssue({ code: 'custom', path: ['cap'], message: 'a veto item has no points to cap' });
    }
    if (item.points.kind === 'veto' && item.countsIn) {
      ctx.addIssue({ code: 'custom', path: ['countsIn'], message: 'a veto item has no points to count in other months' });
    }
  });
export type Item = z.infer<typeof Item>;
