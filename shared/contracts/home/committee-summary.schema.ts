import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { PublicationPeriodKey } from '../publications/publication-view.schema';
import { COMMITTEE_ADMIN_OF } from '../reasons/groups';

/** A period's publication is on time when published within this many days after the period ends. */
export const PUBLISH_DUE_DAYS = 10;
/** A report is "waiting long" when still unreviewed this many days after it was submitted. */
export const REPORT_WAIT_DAYS = 7;

const MemberFigures = z
  .object({
    /** Party members under points management (full and probationary, not exempt). */
    members: z.number().int(),
    /** 入党积极分子 on the branch's roll (not exempt). */
    activists: z.number().int(),
    /** 不纳入积分管理 (approved exemptions). */
    exempt: z.number().int(),
    /** Members and activists who have bound WeChat with their invite code. */
    bound: z.number().int(),
    /** Members by category (自管 / 在职 / 流动党员). */
    byCategory: z.object({ selfManaged: z.number().int(), inService: z.number().int(), mobile: z.number().int() }).strict(),
  })
  .strict();

const ReportFigures = z
  .object({
    /** Reports (申报) dated in the range, withdrawn ones left out: seed 003's "申请加分项 424 项". */
    reported: z.number().int(),
    /** Of those, approved: "确认加分项 390 项". */
    confirmed: z.number().int(),
    rejected: z.number().int(),
    pending: z.number().int(),
    /** Reports of any date still waiting more than REPORT_WAIT_DAYS days after submission. */
    waitingLong: z.number().int(),
  })
  .strict();

const AppealFigures = z
  .object({
    /** Unanswered appeals (of any period). */
    open: z.number().int(),
    /** Of those, past the scheme's answer limit. */
    overdue: z.number().int(),
    /** Appeals filed in the year, and how they were answered. */
    filed: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
  })
  .strict();

/** How a period's 公示 stands: on time, late, missing (overdue, not published), due (ended, still within the grace days). */
export const PublicationState = z.enum(['onTime', 'late', 'missing', 'due']);

const PublicationFigures = z
  .object({
    /** Periods that have ended so far in the year (from the branch's scoring start). */
    ended: z.number().int(),
    onTime: z.number().int(),
    late: z.number().int(),
    /** Ended more than PUBLISH_DUE_DAYS days ago and still not published. */
    missing: z.number().int(),
    due: z.number().int(),
    /** Publications of the year still in their window, and those whose window is over (final once no appeal is open). */
    open: z.number().int(),
    closed: z.number().int(),
    /** The periods missing or late, oldest first, for the line that says which. */
    problems: z.array(z.object({ period: z.string(), label: z.string(), state: PublicationState }).strict()),
  })
  .strict();

const GradeCount = z.object({ code: z.string(), name: z.string(), count: z.number().int() }).strict();

const GradeFigures = z
  .object({
    /** Where the branch's year stands: no sheet yet, reviews being entered, proposed by the branch, decided by the committee. */
    status: z.enum(['none', 'open', 'proposed', 'decided']),
    /** Members per grade, best first: the committee's decision when decided, else the branch's proposal. */
    counts: z.array(GradeCount),
    /** Members on the proposal without a grade (预备党员 …). */
    ungraded: z.number().int(),
  })
  .strict();

export const BranchSummary = z
  .object({
    branchId: z.string(),
    name: z.string(),
    /** The branch's scheme for the year, or null when none is chosen yet (nothing can be scored). */
    scheme: z.object({ id: z.string(), version: z.number().int(), name: z.string() }).strict().nullable(),
    members: MemberFigures,
    reports: ReportFigures,
    appeals: AppealFigures,
    publications: PublicationFigures,
    grades: GradeFigures,
    /** What needs the committee's attention, in words, most urgent first (empty: nothing). */
    attention: z.array(z.string()),
  })
  .strict();
export type BranchSummary = z.infer<typeof BranchSummary>;

export const committeeSummary = defineContract({
  fn: 'home',
  action: 'committeeSummary',
  summary: '党委总览：各支部公示是否按时、异议（未答复/超期）、超过一周未审核的申报、年度等次分布，及全党委汇总数',
  roles: '上级党委（组织办）管理员',
  audience: 'signedIn',
  /**
   * Without committeeId: the committee the caller administers (when just one). Without year: this year.
   * `period` (a month or quarter) narrows the report figures to it (seed 003's "第一季度共计申请加分项 424 项").
   * Branches come in pages; the totals are always over every branch.
   */
  request: z
    .object({
      committeeId: DocId.optional(),
      year: Year.optional(),
      period: PublicationPeriodKey.optional(),
      /** attention: branches needing action first (then by name); name: by name in pinyin order. */
      sort: z.enum(['attention', 'name']).default('attention'),
      offset: z.number().int().min(0).max(10_000).default(0),
      limit: z.number().int().min(1).max(100).default(20),
    })
    .strict(),
  response: z
    .object({
      committee: z.object({ id: z.string(), name: z.string() }).strict(),
      year: z.number().int(),
      /** The range the report figures cover. */
      range: z.object({ from: z.string(), to: z.string(), label: z.string() }).strict(),
      /** Today, Beijing time: figures are as of now. */
      asOf: z.string(),
      rules: z.object({ publishDueDays: z.number().int(), reportWaitDays: z.number().int() }).strict(),
      /** Every branch under the committee, summed: "802 members in 32 branches, 424 reported, 390 confirmed". */
      totals: z
        .object({
          branches: z.number().int(),
          /** Branches with something in `attention`. */
          needingAttention: z.number().int(),
          members: MemberFigures,
          reports: ReportFigures,
          appeals: AppealFigures,
          publications: PublicationFigures.omit({ problems: true }),
          /** Members per grade over branches whose year is proposed or decided, merged by grade code. */
          grades: z.array(GradeCount),
        })
        .strict(),
      branches: z.array(BranchSummary),
      offset: z.number().int(),
      total: z.number().int(),
    })
    .strict(),
  reasons: [...COMMITTEE_ADMIN_OF],
});
