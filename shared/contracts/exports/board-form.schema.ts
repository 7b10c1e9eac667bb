import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, ORG_OF_KIND } from '../reasons/groups';
import { ExportFile } from './export-file.schema';

/** The quarter the board runs to (its four quarter columns filled up to it), or the year (all four). */
export const BoardFormPeriod = z.string().regex(/^\d{4}(-Q[1-4])?$/, '应写作 2026-Q2（截至第二季度）或 2026（全年）');

/**
 * 表D 社区党员季度积分考核情况公示栏 (000 Annex D) of a branch, as an .xlsx: every member in pinyin order
 * with grade, score and the plus and minus of each quarter up to `period`, as published (公示) — or, when
 * a period up to it has not been published, a draft computed from the ledger and marked 草稿（未公示）.
 */
export const boardForm = defineContract({
  fn: 'exports',
  action: 'boardForm',
  summary: '导出表D《季度积分考核情况公示栏》（.xlsx）：按公示结果填写；未公示的期间按台账生成草稿并注明',
  roles: '本支部记分员、书记；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, period: BoardFormPeriod }).strict(),
  response: ExportFile,
  reasons: [...BRANCH_ROLE, ...ORG_OF_KIND, ...BRANCH_YEAR, 'FIELD_INVALID'],
});
