import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { ReportView } from './report-view.schema';

export const withdrawReport = defineContract({
  fn: 'reports',
  action: 'withdrawReport',
  summary: '撤回本人尚未审核的申报',
  roles: '申报人本人，仅限待审核的申报',
  audience: 'signedIn',
  request: z.object({ reportId: DocId }).strict(),
  response: ReportView,
  reasons: ['REPORT_NOT_FOUND', 'REPORT_NOT_OWN', 'REPORT_ALREADY_REVIEWED'],
});
