import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, OWN_MEMBER } from '../reasons/groups';
import { ExportFile } from './export-file.schema';

/**
 * 表A 党员积分管理考核记录表 (000 Annex A) of one member for a year, as an .xlsx: the branch, name, grade
 * (类别) and score above; a row per ledger line in force (登记时间, 加（扣）分事项, 加分, 扣分) with the points
 * it counted, the year's democratic review, the totals, and the secretary's signature column left blank.
 */
export const recordForm = defineContract({
  fn: 'exports',
  action: 'recordForm',
  summary: '导出表A《党员积分管理考核记录表》（.xlsx）：一名党员一年的加（扣）分登记',
  roles: '党员本人；本支部记分员、书记；上级党委管理员',
  audience: 'signedIn',
  /** Without memberId: the caller's own record (when they have just one). */
  request: z.object({ memberId: DocId.optional(), year: Year }).strict(),
  response: ExportFile,
  reasons: [...OWN_MEMBER, 'MEMBER_NOT_FOUND', ...BRANCH_ROLE, ...BRANCH_YEAR, 'YEAR_NOT_STARTED', 'YEAR_REVIEWS_STALE', 'ORG_NOT_FOUND'],
});
