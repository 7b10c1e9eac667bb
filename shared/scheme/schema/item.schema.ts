import { z } from 'zod';
import { Cap, Code, Label, Points, PositivePoints, Source } from './common.schema';
import { doc, part } from './field-doc';

const NonZero = (what: string) => Points.refine((v) => v !== 0, `${what}的分值不能为 0`);

const Level = z
  .object({
    code: Code.meta(doc('级别代码', 'The level’s code; an entry names it', { example: 'city' })),
    name: Label.meta(doc('级别名称', 'The level’s name', { example: '市级表彰' })),
    value: NonZero('级别').meta(
      doc('该级别的分值；加分为正，扣分为负', 'Points of the level: positive adds, negative deducts', { unit: '分', example: 3 }),
    ),
  })
  .strict();

const kind = <K extends string>(value: K, zh: string, en: string) => z.literal(value).meta(doc(zh, en, { example: value }));

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
 * - count: entries that only count (缺席“三会一课” where the document deducts nothing): no points of their
 *   own, the occurrences a count threshold counts.
 * - countThreshold: nobody enters it; at the end of the year (or of each period) the approved entries of
 *   the items it `counts` are counted (a per-occurrence entry by its quantity; a reversed entry not at
 *   all), and `value` is given when the count is within the bound (全年缺席“三会一课”次数不多于1次 加5分:
 *   atMost 1; 全年参加志愿服务不少于4次 加3分: atLeast 4).
 */
export const ItemPoints = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: kind('fixed', '固定分值：每条记录计 value 分', 'Fixed: each entry is worth `value`'),
        value: NonZero('固定项目').meta(
          doc('每条记录的分值；加分为正，扣分为负', 'Points per entry: positive adds, negative deducts', { unit: '分', example: -5 }),
        ),
      })
      .strict(),
    z
      .object({
        kind: kind('perOccurrence', '按次数计：value × 记录的次数', 'Per occurrence: `value` × the entry’s quantity'),
        value: NonZero('按次计分项目').meta(doc('每次的分值', 'Points per occurrence', { unit: '分', example: -0.5 })),
        unit: Label.default('次').meta(doc('次数的单位', 'The unit counted', { example: '天' })),
        maxQuantity: z
          .number()
          .int()
          .positive()
          .max(10_000)
          .default(100)
          .meta(doc('一条记录最多的次数', 'Most occurrences one entry may count', { unit: '次', example: 31 })),
      })
      .strict(),
    z
      .object({
        kind: kind(
          'range',
          '范围分值：审核人在 min 至 max 之间按步长评定',
          'Range: the reviewer picks points within [min, max] on the step',
        ),
        min: Points.meta(
          doc('最低分值（扣分项为最多扣的负数）', 'Lowest points (for a deduction: the most negative)', { unit: '分', example: 1 }),
        ),
        max: Points.meta(
          doc('最高分值（扣分项为最少扣的负数）', 'Highest points (for a deduction: the least negative)', { unit: '分', example: 5 }),
        ),
        step: PositivePoints.default(0.5).meta(doc('评定的步长', 'Step of the picks, from min', { unit: '分', example: 0.5 })),
      })
      .strict()
      .refine((r) => r.min <= r.max, { message: 'min 不能大于 max', path: ['max'] })
      .refine((r) => (r.min >= 0 && r.max > 0) || (r.max <= 0 && r.min < 0), {
        message: '一个范围要么都是加分（min ≥ 0），要么都是扣分（max ≤ 0）',
        path: ['min'],
      }),
    z
      .object({
        kind: kind('levels', '级别表：记录选定一个级别，按该级别计分', 'Levels: the entry names a level of the table'),
        levels: z
          .array(Level)
          .min(1)
          .meta(
            doc('级别表（都为加分或都为扣分）', 'The table, all additions or all deductions', {
              example: [{ code: 'city', name: '市级表彰', value: 3 }],
            }),
          ),
      })
      .strict()
      .refine((t) => t.levels.every((l) => l.value > 0) || t.levels.every((l) => l.value < 0), {
        message: '同一项目的各级别要么都是加分，要么都是扣分',
        path: ['levels'],
      }),
    z
      .object({
        kind: kind('veto', '一票否决：不计分，批准一条记录即触发', 'Veto: no points; one approved entry triggers it'),
        effect: z
          .enum(['zeroYear', 'lowestGrade'])
          .meta(
            doc(
              '否决的效果：zeroYear 年度积分为零；lowestGrade 等次定为最低',
              'zeroYear: the year’s total is 0; lowestGrade: the lowest grade',
              { example: 'zeroYear' },
            ),
          ),
      })
      .strict(),
    z
      .object({
        kind: kind(
          'pledge',
          '按承诺事项评定：每期对照本人承诺在 min 至 max 之间评定一次',
          'Pledge: judged once a period against the member’s pledge, within [min, max]',
        ),
        min: Points.meta(doc('最低分值', 'Lowest points', { unit: '分', example: 5 })),
        max: PositivePoints.meta(doc('最高分值', 'Highest points', { unit: '分', example: 6 })),
        step: PositivePoints.default(0.5).meta(doc('评定的步长', 'Step of the picks, from min', { unit: '分', example: 0.5 })),
      })
      .strict()
      .refine((r) => r.min >= 0 && r.min <= r.max, { message: '应满足 0 ≤ min ≤ max', path: ['max'] }),
    z
      .object({
        kind: kind(
          'count',
          '只计次数、不计分：记录供按次数达标的项目计数（如缺席“三会一课”而细则不扣分）',
          'Count only, no points: entries a count threshold counts',
        ),
        unit: Label.default('次').meta(doc('次数的单位', 'The unit counted', { example: '次' })),
        maxQuantity: z
          .number()
          .int()
          .positive()
          .max(10_000)
          .default(100)
          .meta(doc('一条记录最多的次数', 'Most occurrences one entry may count', { unit: '次', example: 31 })),
      })
      .strict(),
    z
      .object({
        kind: kind(
          'countThreshold',
          '按次数达标给分：不由人录入，年末（或每期末）数批准记录的次数，在界限内即计 value 分',
          'Count threshold: not entered; at the end of the year (or each period) the approved entries are counted',
        ),
        counts: z
          .array(Code)
          .min(1)
          .max(50)
          .meta(
            doc(
              '计数的项目代码：每条批准的记录算 1 次，按次计分和只计次数的项目按记录的次数；被冲销的记录不算',
              'The items counted: an approved entry is 1, a per-occurrence entry its quantity; reversed entries none',
              { example: ['meetings.absent'] },
            ),
          ),
        atMost: z
          .number()
          .int()
          .min(0)
          .max(10_000)
          .optional()
          .meta(doc('次数不多于（含本数；与 atLeast 二选一）', 'At most this many (inclusive; or atLeast)', { unit: '次', example: 1 })),
        atLeast: z
          .number()
          .int()
          .min(1)
          .max(10_000)
          .optional()
          .meta(doc('次数不少于（含本数；与 atMost 二选一）', 'At least this many (inclusive; or atMost)', { unit: '次', example: 4 })),
        value: NonZero('按次数达标给分').meta(
          doc('达标时的分值；加分为正，扣分为负', 'Points when the count is within the bound', { unit: '分', example: 5 }),
        ),
        scope: z
          .enum(['year', 'period'])
          .meta(
            doc(
              'year 全年计一次（12 月 31 日，须在按年计分的类别中）；period 每期末计一次',
              'year: once, on 31 December (in a year-scope category); period: at the end of each period',
              { example: 'year' },
            ),
          ),
      })
      .strict()
      .refine((t) => (t.atMost === undefined) !== (t.atLeast === undefined), {
        message: '请给出 atMost（不多于）或 atLeast（不少于），二选一',
        path: ['atMost'],
      }),
  ])
  .meta(part('ItemPoints', '计分方式（points）：按 kind 分为八种', 'How an item turns into points, by `kind`'));
export type ItemPoints = z.infer<typeof ItemPoints>;

/** Evidence a report must carry. Photos can always be made optional per item (2026 rules on government apps). */
export const Evidence = z
  .object({
    photo: z
      .enum(['required', 'optional', 'none'])
      .meta(doc('照片：required 须附，optional 可选，none 不需要', 'Photos: required, optional or none', { example: 'optional' })),
    /** The seed accepts a beneficiary's attestation instead (004: 受惠群众证实). */
    attestation: z
      .boolean()
      .default(false)
      .meta(doc('可由受惠群众证实代替照片', 'A beneficiary’s attestation is accepted instead', { example: true })),
    /** What to attach, in Chinese: "照片或签到表". */
    hint: Label.optional().meta(doc('提示党员附什么材料', 'What to attach, in Chinese', { example: '照片或签到表' })),
  })
  .strict()
  .meta(part('Evidence', '佐证（evidence）', 'The evidence a report carries'));
export type Evidence = z.infer<typeof Evidence>;

export const Item = z
  .object({
    code: Code.meta(
      doc('项目代码，全方案唯一；记录按它指明项目', 'The item’s code, unique in the scheme; entries name it', { example: 'duties.absent' }),
    ),
    name: Label.meta(doc('项目名称', 'The item’s name', { example: '无故缺席组织生活' })),
    description: z
      .string()
      .max(1000)
      .optional()
      .meta(doc('说明', 'A longer description', { example: '按时参加支部党员大会、党小组会和党课' })),
    points: ItemPoints.meta(
      doc('计分方式，见“计分方式”一节', 'How it turns into points (see ItemPoints)', { example: { kind: 'fixed', value: -5 } }),
    ),
    evidence: Evidence.meta(doc('佐证要求', 'The evidence a report carries', { example: { photo: 'none' } })),
    /**
     * 'member': the member may self-report it (a recorder reviews it; recorders may also enter it).
     * 'recorder': only the recorder or secretary enters it (attendance, dues, deductions, vetoes).
     */
    enteredBy: z
      .enum(['member', 'recorder'])
      .meta(
        doc(
          '谁录入：member 党员申报（记分员审核）；recorder 只由记分员、书记录入',
          'member: members report it (reviewed); recorder: only officers enter it',
          { example: 'recorder' },
        ),
      ),
    /** A limit on this item's points per period / per year (additions and deductions alike, by magnitude). */
    cap: Cap.optional().meta(
      doc('本项目的上限（每期、每年，加扣分都按绝对值）', 'This item’s own limit per period and/or year, by magnitude', {
        example: { perYear: 10 },
      }),
    ),
    /** The entry must name one of the member's volunteer posts (001 志愿服务岗位). */
    requiresPost: z
      .boolean()
      .default(false)
      .meta(doc('记录须注明党员认领的志愿服务岗位', 'An entry names one of the member’s volunteer posts', { example: true })),
    /**
     * Absent: an entry counts in the period its date falls in. 'eachMonthOfQuarter' (monthly schemes,
     * period-scope categories): it counts, in full, in every month of its quarter (002 附件: 支部大会
     * 季度会议参加者…本季度每月得5分; 延期缴纳党费本季度每月扣5分). Only months scored as of `asOf`
     * count: earlier months of the quarter get it when the entry is recorded late in the quarter, a
     * month not yet started gets it once it starts, and months before the scoring start (`from`) are
     * not scored at all. Each month's caps, floors and ceilings apply to it as to any entry of that month.
     */
    countsIn: z
      .enum(['eachMonthOfQuarter'])
      .optional()
      .meta(
        doc(
          '不填：计入记录日期所在的期；eachMonthOfQuarter：计入该季度每个月（按月计分的方案）',
          'Absent: the entry’s own period; eachMonthOfQuarter: every month of its quarter',
          { example: 'eachMonthOfQuarter' },
        ),
      ),
    source: Source.meta(doc('依据：细则的条款', 'Where it comes from: the document’s clause', { example: '本支部细则 第三条' })),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.points.kind === 'veto' && item.enteredBy !== 'recorder') {
      ctx.addIssue({ code: 'custom', path: ['enteredBy'], message: '一票否决项目只能由记分员录入（recorder）' });
    }
    if (item.points.kind === 'veto' && item.cap) {
      ctx.addIssue({ code: 'custom', path: ['cap'], message: '一票否决项目不计分，不设上限' });
    }
    if (item.points.kind === 'veto' && item.countsIn) {
      ctx.addIssue({ code: 'custom', path: ['countsIn'], message: '一票否决项目不计分，不能计入其他月份' });
    }
  })
  .meta(part('Item', '积分项目（item）', 'An item: one thing that earns or loses points'));
export type Item = z.infer<typeof Item>;
