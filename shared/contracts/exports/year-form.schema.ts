import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, ORG_OF_KIND } from '../reasons/groups';
import { ExportFile } from './export-file.schema';

/**
 * 表B 社区党员积分管理年度积分考核表 (000 Annex B) of a branch, as an .xlsx: every member in pinyin order
 * with the grade, last year's total, the points added and taken away in each month, and the year total.
 */
export const yearForm = defineContract({
  fn: 'exports',
  action: 'yearForm',
  summary: '导出表B《年度积分考核表》（.xlsx）：全支部党员按姓氏拼音排序，逐月加分、扣分与总积分',
  roles: '本支部记分员、书记；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, year: Year }).strict(),
  response: ExportFile,
  reasons: [...BRANCH_ROLE, ...ORG_OF_KIND, ...BRANCH_YEAR, 'YEAR_NOT_STARTED', 'YEAR_REVIEWS_STALE'],
});
