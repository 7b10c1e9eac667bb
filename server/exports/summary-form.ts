import { PUBLISH_DUE_DAYS, REPORT_WAIT_DAYS } from '../../shared/contracts/home/committee-summary.schema';
import { localDateOf } from '../../shared/period';
import type { BranchFigures } from '../committee/branch-figures';
import type { summaryTotals } from '../committee/summary-totals';
import type { SummaryFormData, SummaryRow } from './export-forms';

type Branch = BranchFigures & { attention: string[] };
type Totals = ReturnType<typeof summaryTotals>;

const YEAR_STATUS: Record<BranchFigures['grades']['status'], string> = {
  none: '未开始',
  open: '评议中',
  proposed: '已申报',
  decided: '已审定',
};

/** 确认率 as the summary prints it: one decimal, rounded half up; '—' when nothing was reported. */
export function confirmedRate(reported: number, confirmed: number): string {
  return reported === 0 ? '—' : `${(Math.round((confirmed * 1000) / reported) / 10).toFixed(1)}%`;
}

function rowOf(
  name: string,
  scheme: string,
  figures: {
    members: SummaryRow['members'];
    reports: SummaryRow['reports'];
    appeals: SummaryRow['appeals'];
    publications: SummaryRow['publications'];
  },
  grades: { counts: { code: string; count: number }[]; ungraded: number },
  columns: readonly { code: string }[],
  yearStatus: string,
  attention: string,
): SummaryRow {
  const { reports, appeals, publications, members } = figures;
  return {
    name,
    scheme,
    members: { members: members.members, activists: members.activists, exempt: members.exempt, bound: members.bound },
    reports: { ...reports },
    confirmedRate: confirmedRate(reports.reported, reports.confirmed),
    appeals: { filed: appeals.filed, accepted: appeals.accepted, rejected: appeals.rejected, open: appeals.open, overdue: appeals.overdue },
    publications: { ended: publications.ended, onTime: publications.onTime, late: publications.late, missing: publications.missing },
    yearStatus,
    grades: columns.map((c) => grades.counts.find((g) => g.code === c.code)?.count ?? 0),
    ungraded: grades.ungraded,
    attention,
  };
}

/**
 * The committee's summary as a form, from the committee room's figures (server/committee: committeeFigures,
 * attentionOf, summaryTotals — what home.committeeSummary shows, not a second computation): a row per
 * branch in name order, the totals, the headline "共 N 个支部、M 名党员；申报加分项 424 项，确认 390 项".
 */
export function summaryFormData(input: {
  committee: { _id: string; name: string };
  year: number;
  range: { label: string };
  branches: readonly Branch[];
  totals: Totals;
  now: Date;
}): SummaryFormData {
  const { committee, branches, totals } = input;
  const columns = totals.grades.map((g) => ({ code: g.code, name: g.name }));
  const rows = branches.map((b) =>
    rowOf(b.name, b.scheme?.name ?? '未设置', b, b.grades, columns, YEAR_STATUS[b.grades.status], b.attention.join('；')),
  );
  const ungraded = branches.reduce((sum, b) => sum + b.grades.ungraded, 0);
  const total = rowOf('合计', '', totals, { counts: totals.grades, ungraded }, columns, '', `${totals.needingAttention} 个支部需关注`);
  const { reported, confirmed } = totals.reports;
  return {
    form: 'S',
    orgName: committee.name,
    committeeId: committee._id,
    year: input.year,
    madeOn: localDateOf(input.now),
    rangeLabel: input.range.label,
    headline: `共 ${totals.branches} 个支部、${totals.members.members} 名党员；${input.range.label}申报加分项 ${reported} 项，确认 ${confirmed} 项（确认率 ${confirmedRate(reported, confirmed)}）。`,
    grades: columns,
    rows,
    totals: total,
    notes: [
      `申报按申报的活动日期统计（${input.range.label}），不含已撤回的；超 ${REPORT_WAIT_DAYS} 天未审核：提交后超过 ${REPORT_WAIT_DAYS} 天仍未审核的申报（不论日期）。`,
      `公示：已结束的公示期间中，期末后 ${PUBLISH_DUE_DAYS} 日内发布的为按时；超过 ${PUBLISH_DUE_DAYS} 日仍未发布的为逾期未发布。`,
      '年度等次：党委已审定的按审定结果（含改评），已申报未审定的按支部申报意见。',
      `截至 ${localDateOf(input.now)}。`,
    ],
  };
}
