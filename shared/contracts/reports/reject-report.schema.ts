import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';
import { DocId } from '../common.schema';
import { Reason } from './entry-fields.schema';
import { ReportView } from './report-view.schema';

export const rejectReport = defineContract({
  fn: 'reports',
  action: 'rejectReport',
  summary: '驳回待审核的申报并说明原因',
  roles: '本支部记分员、书记',
  audience: 'signedIn',
  request: z.object({ reportId: DocId, reason: Reason(200) }).strict(),
  response: ReportView,
  reasons: ['REPORT_NOT_FOUND', ...BRANCH_ROLE, 'SELF_REVIEW', 'REPORT_ALREADY_REVIEWED'],
});
