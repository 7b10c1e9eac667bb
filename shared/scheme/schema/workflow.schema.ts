import { z } from 'zod';
import { Code, Label, Source } from './common.schema';

/** A publication (公示) of scores to the branch, and how long it stays open for objections. */
const Publication = z
  .object({
    every: z.enum(['month', 'quarter', 'year']),
    windowDays: z.number().int().min(1).max(60),
    /** Count working days rather than calendar days (002: 5 个工作日). */
    workdays: z.boolean().default(false),
    source: Source,
  })
  .strict();

const Appeal = z
  .object({
    /** Days after a publication opens in which an appeal may be filed (003 village: 7). */
    withinDays: z.number().int().min(1).max(60),
    /** Days the branch has to answer (003 village: 3). */
    answerWithinDays: z.number().int().min(1).max(60),
    /** Where an appeal may go: the branch, or also the level above (001: 向党支部反映或向上级党组织申诉). */
    to: z.enum(['branch', 'branchOrAbove']),
    source: Source,
  })
  .strict();

/** What a scheme's source says when its document leaves a workflow number open and the format's default is taken. */
export const WORKFLOW_DEFAULT_SOURCE = '细则未规定，采用积分方案格式的默认值';

/** Publication and appeal defaults for a document that says nothing of them: the year's results shown 7 days; appeals within 7 days to the branch, answered within 7. */
export const DEFAULT_PUBLICATIONS = [{ every: 'year' as const, windowDays: 7, workdays: false, source: WORKFLOW_DEFAULT_SOURCE }];
export const DEFAULT_APPEAL = { withinDays: 7, answerWithinDays: 7, to: 'branch' as const, source: WORKFLOW_DEFAULT_SOURCE };

export const Workflow = z
  .object({
    publications: z.array(Publication).min(1).default(DEFAULT_PUBLICATIONS),
    appeal: Appeal.default(DEFAULT_APPEAL),
    /** The member confirms each period's score (001: 党员签字确认). */
    memberConfirms: z.boolean().default(false),
    /** Year results due by this date of the next year, 'MM-DD' (004: 1月10日前). */
    yearResultDue: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
      .optional(),
  })
  .strict();
export type Workflow = z.infer<typeof Workflow>;

export const AttendanceOutcome = z.enum(['present', 'absent', 'late', 'leave']);
export type AttendanceOutcome = z.infer<typeof AttendanceOutcome>;

/** A meeting type whose attendance the recorder records in one step; each outcome names the item it produces. */
export const Meeting = z
  .object({
    code: Code,
    name: Label,
    outcomes: z.partialRecord(AttendanceOutcome, Code),
    source: Source,
  })
  .strict()
  .refine((m) => Object.keys(m.outcomes).length > 0, { message: 'a meeting needs at least one outcome', path: ['outcomes'] });
export type Meeting = z.infer<typeof Meeting>;

/** Volunteer posts members claim (001: 每人认领2个岗位 of 11). */
export const Posts = z
  .object({
    perMember: z.number().int().min(1).max(20),
    catalog: z.array(z.object({ code: Code, name: Label, note: z.string().max(300).optional() }).strict()).min(1),
    source: Source,
  })
  .strict();
export type Posts = z.infer<typeof Posts>;
