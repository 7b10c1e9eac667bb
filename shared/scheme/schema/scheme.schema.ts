import { z } from 'zod';
import { Code, Label, Source } from './common.schema';
import { Category } from './category.schema';
import { Escalation, GradeRule, Grading, Probation, Quota, Stars, Warning } from './grading.schema';
import { Multiplier, YearTotal } from './year-total.schema';
import { DEFAULT_APPEAL, DEFAULT_PUBLICATIONS, Meeting, Posts, Workflow } from './workflow.schema';
import { checkSchemeReferences } from './scheme-references';
import { Exchange } from './exchange.schema';

export const SCHEME_FORMAT = 1;

/** A number the seed leaves open, filled with a documented default that each branch may change. */
export const BranchSetting = z
  .object({
    /** Dotted path into the scheme, e.g. "stars.bands" or "categories.0.items.3.points". */
    path: z.string().min(1),
    note: Label,
  })
  .strict();

/** The document a scheme encodes: a seed (the presets: its number) or the branch's own 细则 (custom schemes: no seed). */
const SchemeSource = z
  .object({
    seed: z
      .string()
      .regex(/^\d{3}$/)
      .optional(),
    title: Label,
  })
  .strict();

/**
 * A scheme (积分方案): the whole rule set a branch uses for a year, as data a committee can read and edit.
 * `format` is the version of this data format; `version` is the version of the scheme's content,
 * pinned for a branch's year.
 */
export const SchemeObject = z
  .object({
    format: z.literal(SCHEME_FORMAT),
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "001-xishui-town"')
      .max(64),
    version: z.number().int().positive(),
    name: Label,
    shortName: Label,
    description: z.string().max(2000).optional(),
    source: SchemeSource,
    period: z.enum(['month', 'quarter']),
    categories: z.array(Category).min(1),
    yearTotal: YearTotal,
    multipliers: z.array(Multiplier).default([]),
    grading: Grading.optional(),
    stars: Stars.optional(),
    quota: Quota.optional(),
    gradeRules: z.array(GradeRule).default([]),
    probation: Probation.default({ flags: [] }),
    warnings: z.array(Warning).default([]),
    escalation: Escalation.optional(),
    meetings: z.array(Meeting).default([]),
    posts: Posts.optional(),
    /**
     * Whether the scheme also scores 入党积极分子 (activists, not yet party members: 003 社保中心, 004
     * "入党积极分子可参照党员考核项目进行积分管理"). Default false: a branch enters only 正式/预备党员.
     */
    scoresActivists: z.boolean().default(false),
    /** Branch-wide rankings can be switched off (2026 rules on government apps bar forced points rankings). */
    ranking: z.object({ enabled: z.boolean(), source: Source.optional() }).strict().default({ enabled: false }),
    workflow: Workflow.default({ publications: DEFAULT_PUBLICATIONS, appeal: DEFAULT_APPEAL, memberConfirms: false }),
    exchange: Exchange.optional(),
    settings: z.array(BranchSetting).default([]),
  })
  .strict();

export const Scheme = SchemeObject.superRefine(checkSchemeReferences);
export type Scheme = z.infer<typeof Scheme>;
/** What a committee writes (defaults may be left out). */
export type SchemeInput = z.input<typeof Scheme>;

export { Code };
