import { LocalDate, parsePeriodKey, yearOf } from '../../shared/period';
import type { Access } from '../access/access';
import { requireCommitteeAdminOf } from '../access/org-authority';
import { fail, invalidField } from '../errors/domain-error';
import type { OrgDoc } from '../orgs/org.doc';

/**
 * The committee to summarize: the one named (its admin only), or the only committee the caller
 * administers (FORBIDDEN NOT_COMMITTEE_ADMIN without one; VALIDATION on committeeId with several).
 */
export async function committeeToSummarize(access: Access, committeeId: string | undefined): Promise<OrgDoc> {
  if (committeeId !== undefined) return requireCommitteeAdminOf(access, committeeId);
  const administered = [...new Set((await access.roles()).filter((r) => r.role === 'committeeAdmin').map((r) => r.orgId))];
  if (administered.length === 0) throw fail('NOT_COMMITTEE_ADMIN');
  if (administered.length > 1) throw invalidField('committeeId', '您管理多个党委，请选择要查看的党委');
  return requireCommitteeAdminOf(access, administered[0]);
}

/**
 * The year and the dates the report figures cover: a month or quarter when `period` names one, else the
 * whole year (this year when not named). VALIDATION on `period` when it lies outside the named year.
 */
export function summaryRange(
  request: { year?: number; period?: string },
  today: LocalDate,
): { year: number; range: { from: LocalDate; to: LocalDate; label: string } } {
  const period = request.period === undefined || /^\d{4}$/.test(request.period) ? null : parsePeriodKey(request.period);
  const periodYear = request.period === undefined ? undefined : Number(request.period.slice(0, 4));
  const year = request.year ?? periodYear ?? yearOf(today);
  if (periodYear !== undefined && periodYear !== year) throw invalidField('period', `请选择${year}年内的月份或季度`);
  if (request.period !== undefined && !/^\d{4}$/.test(request.period) && !period)
    throw invalidField('period', '应写作 2026-03（月）、2026-Q1（季度）或 2026（年度）');
  return {
    year,
    range: period
      ? { from: period.start, to: period.end, label: period.label }
      : { from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}年` },
  };
}
