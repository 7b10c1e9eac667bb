/**
 * What each exported form holds, as the exports room gathers it and the workbook layouts
 * (server/adapters/excel/*-workbook.ts) print it. Points are numbers of points (exact hundredths);
 * 扣分 are negative here and printed as the amount taken away.
 */

/** What every form prints above or below its table. */
export interface FormHead {
  /** 党组织名称 */
  orgName: string;
  year: number;
  /** The date the file was made (Beijing), for 填表日期 and the footer. */
  madeOn: string;
  /** Lines under the table (备注), in order. */
  notes: string[];
}

export interface PlusMinus {
  plus: number;
  minus: number;
}

/** 表A 党员积分管理考核记录表: one member's lines. */
export interface RecordFormData extends FormHead {
  form: 'A';
  memberId: string;
  name: string;
  /** 类别: the year's grade once there is one (the paper's note: 优秀、合格、基本合格、不合格), else ''. */
  category: string;
  /** 分数: the year's total as of `asOf`. */
  score: number;
  asOf: string;
  rows: { date: string; item: string; plus: number; minus: number }[];
  totals: PlusMinus;
}

/** 表B 年度积分考核表: a branch's members by month. */
export interface YearFormData extends FormHead {
  form: 'B';
  asOf: string;
  rows: {
    name: string;
    /** 等次 (or why there is none: 预备党员不评等次, 不纳入积分管理). */
    grade: string;
    /** 上一年度积分 (null: no decided year on record). */
    lastYear: number | null;
    /** Twelve months, January first. */
    months: PlusMinus[];
    /** 总积分 (null: not scored, e.g. exempt). */
    total: number | null;
  }[];
}

/** 表C 党员年终等次评定审批表: the branch's proposal and the committee's decision. */
export interface ApprovalFormData extends FormHead {
  form: 'C';
  /** 填表日期: the day the branch proposed its grades. */
  filledOn: string;
  /** 支部评定等次申报意见: each grade of the scheme, best first, with the members proposed for it. */
  proposed: { grade: string; members: { name: string; total: number }[] }[];
  /** Members on the proposal without a grade, with why (预备党员 …). */
  ungraded: { name: string; total: number; why: string }[];
  /** 党委评定意见: the committee's opinion and its decided counts, or null before it decides. */
  decision: { opinion: string | null; counts: { grade: string; count: number }[]; on: string } | null;
  /** 备注: who the committee changed, from what to what, and why. */
  changes: { name: string; from: string; to: string; note: string }[];
}

/** 表D 季度积分考核情况公示栏: the board through a quarter (or the year). */
export interface BoardFormData extends FormHead {
  form: 'D';
  /** What the numbers are: published and final, published and still in its window, or a draft. */
  status: 'final' | 'open' | 'draft';
  /** E.g. 截至2026年第二季度 or 2026年度. */
  through: string;
  rows: {
    name: string;
    grade: string;
    /** 分数 (null: exempt). */
    score: number | null;
    /** Four quarters; null for a quarter after `through`, or not on the board. */
    quarters: (PlusMinus | null)[];
  }[];
}

/** One line of the committee's summary: a branch, or the totals. */
export interface SummaryRow {
  name: string;
  scheme: string;
  members: { members: number; activists: number; exempt: number; bound: number };
  reports: { reported: number; confirmed: number; rejected: number; pending: number; waitingLong: number };
  /** 确认率: confirmed of reported, e.g. '92.0%' ('—' with nothing reported). */
  confirmedRate: string;
  appeals: { filed: number; accepted: number; rejected: number; open: number; overdue: number };
  publications: { ended: number; onTime: number; late: number; missing: number };
  /** Where the year stands (未开始 / 评议中 / 已申报 / 已审定), '' for the totals. */
  yearStatus: string;
  /** Members per grade column (`SummaryFormData.grades`). */
  grades: number[];
  ungraded: number;
  attention: string;
}

/** 党员积分管理情况汇总表: the committee's branches and totals (no paper annex; built on home.committeeSummary's figures). */
export interface SummaryFormData extends FormHead {
  form: 'S';
  committeeId: string;
  /** The range the report figures cover, e.g. 2026年第一季度. */
  rangeLabel: string;
  /** E.g. 共 32 个支部、802 名党员；申报加分项 424 项，确认 390 项（确认率 92.0%）. */
  headline: string;
  /** The grade columns: every grade any branch's scheme has, best first as they come. */
  grades: { code: string; name: string }[];
  rows: SummaryRow[];
  totals: SummaryRow;
}

export type ExportForm = RecordFormData | YearFormData | ApprovalFormData | BoardFormData | SummaryFormData;
