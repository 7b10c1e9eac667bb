import { z } from 'zod';
import { Code, Label, Source } from './common.schema';
import { doc, part } from './field-doc';

/** Days a publication stays open when the document names the publication but not its days (公示天数未规定). */
export const DEFAULT_WINDOW_DAYS = 7;

/** A publication (公示) of scores to the branch, and how long it stays open for objections. */
const Publication = z
  .object({
    every: z
      .enum(['month', 'quarter', 'year'])
      .meta(doc('公示的频率：month 每月，quarter 每季度，year 年度', 'How often: monthly, quarterly or the year', { example: 'quarter' })),
    /** Days open; a document that names the publication but not its days takes the format's default. */
    windowDays: z
      .number()
      .int()
      .min(1)
      .max(60)
      .default(DEFAULT_WINDOW_DAYS)
      .meta(
        doc(
          `公示天数；细则未规定天数时为 ${DEFAULT_WINDOW_DAYS} 天`,
          `Days the publication stays open; ${DEFAULT_WINDOW_DAYS} when the document does not say`,
          {
            unit: '天',
            example: 5,
          },
        ),
      ),
    /** Count working days rather than calendar days (002: 5 个工作日). */
    workdays: z
      .boolean()
      .default(false)
      .meta(doc('按工作日计算天数（否则按自然日）', 'Count working days rather than calendar days', { example: true })),
    source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第五条：每季度公示5个工作日' })),
  })
  .strict()
  .meta(part('Publication', '公示（workflow.publications）', 'A publication of the scores and how long it stays open'));

const Appeal = z
  .object({
    /** Days after a publication opens in which an appeal may be filed (003 village: 7). */
    withinDays: z
      .number()
      .int()
      .min(1)
      .max(60)
      .meta(
        doc('公示开始后几天内可以提出异议', 'Days after a publication opens in which an appeal may be filed', { unit: '天', example: 7 }),
      ),
    /** Days the branch has to answer (003 village: 3). */
    answerWithinDays: z
      .number()
      .int()
      .min(1)
      .max(60)
      .meta(doc('几天内答复', 'Days the branch has to answer', { unit: '天', example: 3 })),
    /** Where an appeal may go: the branch, or also the level above (001: 向党支部反映或向上级党组织申诉). */
    to: z
      .enum(['branch', 'branchOrAbove'])
      .meta(
        doc('向谁提出：branch 党支部；branchOrAbove 党支部或上级党组织', 'To the branch, or also the level above', { example: 'branch' }),
      ),
    source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第六条' })),
  })
  .strict()
  .meta(part('Appeal', '异议（workflow.appeal）', 'Appeals against a publication'));

/** What a scheme's source says when its document leaves a workflow number open and the format's default is taken. */
export const WORKFLOW_DEFAULT_SOURCE = '细则未规定，采用积分方案格式的默认值';

/** Publication and appeal defaults for a document that says nothing of them: the year's results shown 7 days; appeals within 7 days to the branch, answered within 7. */
export const DEFAULT_PUBLICATIONS = [
  { every: 'year' as const, windowDays: DEFAULT_WINDOW_DAYS, workdays: false, source: WORKFLOW_DEFAULT_SOURCE },
];
export const DEFAULT_APPEAL = { withinDays: 7, answerWithinDays: 7, to: 'branch' as const, source: WORKFLOW_DEFAULT_SOURCE };

export const Workflow = z
  .object({
    publications: z
      .array(Publication)
      .min(1)
      .default(DEFAULT_PUBLICATIONS)
      .meta(
        doc('各次公示；细则未规定时为年度公示 7 个自然日', 'The publications; by default the year’s results for 7 days', {
          example: [{ every: 'quarter', windowDays: 5, workdays: true, source: '本支部细则 第五条' }],
        }),
      ),
    appeal: Appeal.default(DEFAULT_APPEAL).meta(
      doc('异议；细则未规定时为 7 天内向党支部提出、7 天内答复', 'Appeals; by default within 7 days to the branch, answered within 7', {
        example: { withinDays: 7, answerWithinDays: 3, to: 'branch', source: '本支部细则 第六条' },
      }),
    ),
    /** The member confirms each period's score (001: 党员签字确认). */
    memberConfirms: z
      .boolean()
      .default(false)
      .meta(doc('党员对每期得分签字确认', 'The member confirms each period’s score', { example: true })),
    /** Year results due by this date of the next year, 'MM-DD' (004: 1月10日前). */
    yearResultDue: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '请写成“月-日”，如 01-10')
      .optional()
      .meta(doc('年度结果须在次年这一天前确定（月-日）', 'Year results due by this date of the next year, MM-DD', { example: '01-10' })),
  })
  .strict()
  .meta(part('Workflow', '公示与异议（workflow）', 'Publications, appeals and confirmations'));
export type Workflow = z.infer<typeof Workflow>;

export const AttendanceOutcome = z.enum(['present', 'absent', 'late', 'leave']);
export type AttendanceOutcome = z.infer<typeof AttendanceOutcome>;

/** A meeting type whose attendance the recorder records in one step; each outcome names the item it produces. */
export const Meeting = z
  .object({
    code: Code.meta(doc('会议代码', 'The meeting’s code', { example: 'branchMeeting' })),
    name: Label.meta(doc('会议名称', 'The meeting’s name', { example: '支部党员大会' })),
    outcomes: z
      .partialRecord(AttendanceOutcome, Code)
      .meta(
        doc(
          '考勤结果对应的项目代码：present 出席，absent 缺席，late 迟到，leave 请假；项目须由记分员录入、固定分值、按次计分或只计次数',
          'The item each attendance outcome produces (a recorder’s fixed or per-occurrence item)',
          { example: { present: 'life.attend', absent: 'life.absent' } },
        ),
      ),
    source: Source.meta(doc('依据', 'Where it comes from', { example: '本支部细则 第三条' })),
  })
  .strict()
  .refine((m) => Object.keys(m.outcomes).length > 0, { message: '会议至少要对应一个考勤结果（outcomes）', path: ['outcomes'] })
  .meta(part('Meeting', '会议考勤（meetings）', 'A meeting whose attendance the recorder records in one step'));
export type Meeting = z.infer<typeof Meeting>;

/** Volunteer posts members claim (001: 每人认领2个岗位 of 11). */
export const Posts = z
  .object({
    perMember: z
      .number()
      .int()
      .min(1)
      .max(20)
      .meta(doc('每人认领的岗位数', 'Posts each member claims', { unit: '个', example: 2 })),
    catalog: z
      .array(
        z
          .object({
            code: Code.meta(doc('岗位代码', 'The post’s code', { example: 'policy' })),
            name: Label.meta(doc('岗位名称', 'The post’s name', { example: '政策宣传岗' })),
            note: z
              .string()
              .max(300)
              .optional()
              .meta(doc('说明', 'A note', { example: '宣传党的方针政策' })),
          })
          .strict(),
      )
      .min(1)
      .meta(doc('岗位目录', 'The posts', { example: [{ code: 'policy', name: '政策宣传岗' }] })),
    source: Source.meta(doc('依据', 'Where it comes from', { example: '本镇细则 附件2' })),
  })
  .strict()
  .meta(part('Posts', '志愿服务岗位（posts）', 'Volunteer posts members claim'));
export type Posts = z.infer<typeof Posts>;
