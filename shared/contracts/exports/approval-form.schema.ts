import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, ORG_OF_KIND } from '../reasons/groups';
import { ExportFile } from './export-file.schema';

/**
 * 表C 党员年终等次评定审批表 (000 Annex C) of a branch, as an .xlsx: the branch's proposal by grade with
 * each member's year score, the committee's opinion and decision, and in 备注 every member whose grade
 * the committee changed (改评人员和结果). Only once the branch has proposed (CONFLICT YEAR_NOT_PROPOSED).
 */
export const approvalForm = defineContract({
  fn: 'exports',
  action: 'approvalForm',
  summary: '导出表C《党员年终等次评定审批表》（.xlsx）：支部申报意见、党员名单与年终积分、党委评定意见、改评备注',
  roles: '本支部书记；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, year: Year }).strict(),
  response: ExportFile,
  reasons: [...BRANCH_ROLE, ...ORG_OF_KIND, 'YEAR_NOT_PROPOSED'],
});
