import { PUBLISH_DUE_DAYS, REPORT_WAIT_DAYS } from '../../shared/contracts/home/committee-summary.schema';
import type { BranchFigures } from './branch-figures';

/**
 * What in a branch needs the committee's attention, most urgent first, in the words the page shows:
 * appeals past their answer limit, publications overdue, the branch's grades waiting for the committee's
 * decision, reports waiting more than a week, no scheme chosen for the year.
 */
export function attentionOf(branch: BranchFigures, year: number): string[] {
  const words: string[] = [];
  if (branch.scheme === null) words.push(`尚未设置${year}年积分方案`);
  if (branch.appeals.overdue > 0) words.push(`${branch.appeals.overdue} 件异议超过答复期限未答复`);
  const missing = branch.publications.problems.filter((p) => p.state === 'missing');
  if (missing.length > 0) words.push(`${missing.map((p) => p.label).join('、')}公示逾期未发布（期末后 ${PUBLISH_DUE_DAYS} 日内应公示）`);
  if (branch.grades.status === 'proposed') words.push('年度等次已由支部申报，待党委审定');
  if (branch.reports.waitingLong > 0) words.push(`${branch.reports.waitingLong} 份申报超过 ${REPORT_WAIT_DAYS} 天未审核`);
  return words;
}

/** Branches needing attention first (overdue appeals, then missing publications, then waiting reports), then by name. */
export function byAttention(a: BranchFigures & { attention: string[] }, b: BranchFigures & { attention: string[] }): number {
  const missing = (x: BranchFigures) => x.publications.problems.filter((p) => p.state === 'missing').length;
  return (
    Number(b.attention.length > 0) - Number(a.attention.length > 0) ||
    b.appeals.overdue - a.appeals.overdue ||
    missing(b) - missing(a) ||
    b.reports.waitingLong - a.reports.waitingLong ||
    a.sortKey.localeCompare(b.sortKey)
  );
}
