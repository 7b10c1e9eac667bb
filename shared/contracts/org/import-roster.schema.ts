import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId, FileId } from '../common.schema';
import { BRANCH_ROLE, ORG_OF_KIND } from '../reasons/groups';

/**
 * Imports a branch's roster from an uploaded .xlsx (template: docs/roster-template.xlsx). Every row is
 * checked first; any problem (VALIDATION, fields `rows.<Excel row>.<column>`) imports nothing. At most 500 rows a file.
 */
export const importRoster = defineContract({
  fn: 'org',
  action: 'importRoster',
  summary: '从 Excel 名册（.xlsx）批量导入党员（有任何一行出错则全部不导入）',
  roles: '本支部书记、上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, fileId: FileId }).strict(),
  response: z.object({ imported: z.number().int() }).strict(),
  reasons: [...BRANCH_ROLE, ...ORG_OF_KIND, 'ROSTER_FILE_INVALID', 'ROSTER_HEADER', 'ROSTER_INVALID'],
});
