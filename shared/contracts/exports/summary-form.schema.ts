import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { PublicationPeriodKey } from '../publications/publication-view.schema';
import { COMMITTEE_ADMIN_OF } from '../reasons/groups';
import { ExportFile } from './export-file.schema';

/**
 * The committee's summary across its branches as an .xlsx (党员积分管理情况汇总表): the figures of
 * home.committeeSummary — members, reports (申报 / 确认 and the rate: seed 003's "申请加分项424项 … 确认加分项
 * 390项"), appeals, publications on time, grades — a row per branch in name order with the totals, and
 * what needs the committee's attention.
 */
export const summaryForm = defineContract({
  fn: 'exports',
  action: 'summaryForm',
  summary: '导出党委汇总表（.xlsx）：各支部党员、申报与确认（确认率）、异议、公示按时情况、年度等次分布及合计',
  roles: '上级党委（组织办）管理员',
  audience: 'signedIn',
  /** As home.committeeSummary: without committeeId the committee the caller administers; without year this year; `period` narrows the report figures. */
  request: z.object({ committeeId: DocId.optional(), year: Year.optional(), period: PublicationPeriodKey.optional() }).strict(),
  response: ExportFile,
  reasons: [...COMMITTEE_ADMIN_OF],
});
