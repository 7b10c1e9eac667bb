import { z } from 'zod';
import { Code, Label, Source } from './common.schema';
import { Category } from './category.schema';
import { Escalation, GradeRule, Grading, Probation, Quota, Stars, Warning } from './grading.schema';
import { Multiplier, YearTotal } from './year-total.schema';
import { DEFAULT_APPEAL, DEFAULT_PUBLICATIONS, Meeting, Posts, Workflow } from './workflow.schema';
import { checkSchemeReferences } from './scheme-references';
import { Exchange } from './exchange.schema';
import { doc, part } from './field-doc';

export const SCHEME_FORMAT = 1;

/** A number the seed leaves open, filled with a documented default that each branch may change. */
export const BranchSetting = z
  .object({
    /** Dotted path into the scheme, e.g. "stars.bands" or "categories.0.items.3.points". */
    path: z
      .string()
      .min(1)
      .meta(doc('方案中的位置（用“.”连接的路径）', 'A dotted path into the scheme', { example: 'stars.bands' })),
    note: Label.meta(
      doc('说明：细则未规定、支部可调整的是什么', 'What the branch may change, and why', { example: '细则未规定星级分数线，采用常用值' }),
    ),
  })
  .strict()
  .meta(part('BranchSetting', '支部可调设置（settings）', 'A number the document leaves open, filled with a documented default'));

/** The document a scheme encodes: a seed (the presets: its number) or the branch's own 细则 (custom schemes: no seed). */
const SchemeSource = z
  .object({
    seed: z
      .string()
      .regex(/^\d{3}$/, '种子编号为三位数字，如 001')
      .optional()
      .meta(doc('预置方案的种子编号；自定义方案不填', 'The seed a preset encodes; custom schemes leave it out', { example: '001' })),
    title: Label.meta(doc('细则的标题', 'The document’s title', { example: '青石村党支部党员积分管理细则（2026 年）' })),
  })
  .strict();

/**
 * A scheme (积分方案): the whole rule set a branch uses for a year, as data a committee can read and edit.
 * `format` is the version of this data format; `version` is the version of the scheme's content,
 * pinned for a branch's year.
 */
export const SchemeObject = z
  .object({
    format: z.literal(SCHEME_FORMAT).meta(doc('格式版本，写 1', 'The version of this data format', { example: SCHEME_FORMAT })),
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '方案编号只用小写字母、数字和连字符，如 "qingshi-village"')
      .max(64)
      .meta(
        doc('方案编号：小写字母、数字和连字符；不能与预置方案相同', 'A lower-case slug; not a preset’s id', { example: 'qingshi-village' }),
      ),
    version: z
      .number()
      .int()
      .positive()
      .meta(
        doc('方案内容的版本；保存后不可修改，修改后请加 1', 'The version of the content; a saved version is immutable', { example: 1 }),
      ),
    name: Label.meta(doc('方案名称', 'The scheme’s name', { example: '青石村党支部党员积分管理细则' })),
    shortName: Label.meta(doc('简称（用于表头和列表）', 'A short name for headers and lists', { example: '青石村细则' })),
    description: z
      .string()
      .max(2000)
      .optional()
      .meta(doc('说明', 'A description', { example: '适用于本村全体正式党员和预备党员' })),
    source: SchemeSource.meta(
      doc('依据的文件', 'The document the scheme encodes', { example: { title: '青石村党支部党员积分管理细则（2026 年）' } }),
    ),
    period: z.enum(['month', 'quarter']).meta(doc('计分周期：month 按月，quarter 按季度', 'The scoring period', { example: 'month' })),
    categories: z.array(Category).min(1).meta(doc('积分类别', 'The categories')),
    yearTotal: YearTotal.meta(doc('年度积分如何得出', 'How the year total is formed', { example: { combine: { method: 'sum' } } })),
    multipliers: z.array(Multiplier).default([]).meta(doc('加分倍数（如 70 岁以上加分三倍）', 'Additions multiplied for some members')),
    grading: Grading.optional().meta(doc('等次；不填则不评等次', 'The year’s grades; none when absent')),
    stars: Stars.optional().meta(doc('星级；不填则不评星', 'Stars; none when absent')),
    quota: Quota.optional().meta(doc('等次名额', 'How many members may hold a grade')),
    gradeRules: z.array(GradeRule).default([]).meta(doc('等次特别规定', 'Conditions for holding a grade')),
    probation: Probation.default({ flags: [] }).meta(
      doc('预备党员、入党积极分子的提示', 'Flags on probationary members and activists', { example: { flags: [] } }),
    ),
    warnings: z.array(Warning).default([]).meta(doc('预警', 'Warnings')),
    escalation: Escalation.optional().meta(doc('连续处理', 'Consequences of repeated low results')),
    meetings: z
      .array(Meeting)
      .default([])
      .meta(doc('会议考勤（一步录入全体的出席、缺席）', 'Meetings whose attendance is recorded in one step')),
    posts: Posts.optional().meta(doc('志愿服务岗位', 'Volunteer posts members claim')),
    /**
     * Whether the scheme also scores 入党积极分子 (activists, not yet party members: 003 社保中心, 004
     * "入党积极分子可参照党员考核项目进行积分管理"). Default false: a branch enters only 正式/预备党员.
     */
    scoresActivists: z
      .boolean()
      .default(false)
      .meta(doc('也对入党积极分子计分', 'The scheme also scores activists', { example: true })),
    /** Branch-wide rankings can be switched off (2026 rules on government apps bar forced points rankings). */
    ranking: z
      .object({
        enabled: z.boolean().meta(doc('在支部内公布积分排名', 'Branch-wide rankings are shown', { example: false })),
        source: Source.optional().meta(doc('依据', 'Where it comes from', { example: '本支部细则 第七条' })),
      })
      .strict()
      .default({ enabled: false })
      .meta(doc('积分排名；默认不公布', 'Rankings; off by default', { example: { enabled: false } })),
    workflow: Workflow.default({ publications: DEFAULT_PUBLICATIONS, appeal: DEFAULT_APPEAL, memberConfirms: false }).meta(
      doc('公示、异议和确认；细则未规定时取默认值', 'Publications, appeals and confirmations; defaults when absent', {
        example: { memberConfirms: true },
      }),
    ),
    exchange: Exchange.optional().meta(
      doc('积分兑换；不填时所有加分一比一可兑换、每天开放、不结转', 'The exchange; defaults when absent', {
        example: { ratioPercent: 100 },
      }),
    ),
    settings: z.array(BranchSetting).default([]).meta(doc('细则未规定、采用了默认值的数值', 'Numbers the document leaves open')),
  })
  .strict()
  .meta(part('Scheme', '积分方案（scheme）', 'A scheme: the whole rule set a branch uses for a year'));

export const Scheme = SchemeObject.superRefine(checkSchemeReferences);
export type Scheme = z.infer<typeof Scheme>;
/** What a committee writes (defaults may be left out). */
export type SchemeInput = z.input<typeof Scheme>;

export { Code };
