import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, ENTRY_FIELDS } from '../reasons/groups';
import { DocId, Text } from '../common.schema';
import { ReviewedFieldsRequest } from './entry-fields.schema';
import { ReportView } from './report-view.schema';

/**
 * Approves a pending report and writes its ledger entry, once: approving again (or concurrently)
 * returns the same entry. Points, level and quantity default to what the member proposed; the reviewer
 * overrides them (a range item needs points from one or the other).
 */
export const approveReport = defineContract({
  fn: 'reports',
  action: 'approveReport',
  summary: '审核通过申报并记入积分台账（重复提交只记一次）',
  roles: '本支部记分员、书记',
  audience: 'signedIn',
  request: z
    .object({
      reportId: DocId,
      ...ReviewedFieldsRequest,
      note: Text({ max: 200, empty: '请填写备注' }).optional(),
    })
    .strict(),
  response: z.object({ entryId: z.string(), report: ReportView }).strict(),
  reasons: [
    'REPORT_NOT_FOUND',
    ...BRANCH_ROLE,
    'SELF_REVIEW',
    'REPORT_ALREADY_REVIEWED',
    ...BRANCH_YEAR,
    'SCHEME_CHANGED',
    ...ENTRY_FIELDS,
  ],
});
