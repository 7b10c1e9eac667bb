import { z } from 'zod';
import { defineContract } from '../define-contract';
import { OWN_MEMBER } from '../reasons/groups';
import { DocId, PageRequest } from '../common.schema';
import { ReportStatus, ReportView } from './report-view.schema';

export const listMyReports = defineContract({
  fn: 'reports',
  action: 'listMyReports',
  summary: '查看本人的申报（最新的在前）',
  roles: '已绑定的党员本人',
  audience: 'signedIn',
  request: PageRequest.extend({ memberId: DocId.optional(), status: ReportStatus.optional() }).strict(),
  response: z.object({ total: z.number().int(), reports: z.array(ReportView) }).strict(),
  reasons: [...OWN_MEMBER],
});
