import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';

/**
 * A branch's board settings: whether publications show rankings (off by default — the 2026 rules on
 * government apps bar forced points rankings), for a year. Applies to that year's publications published from now on.
 */
export const setBoardSettings = defineContract({
  fn: 'publications',
  action: 'setBoardSettings',
  summary: '公示栏设置：是否显示排名（默认不显示）',
  roles: '本支部书记；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, year: Year, showRanking: z.boolean() }).strict(),
  response: z.object({ branchId: z.string(), year: z.number().int(), showRanking: z.boolean() }).strict(),
  reasons: [...BRANCH_ROLE, ...BRANCH_YEAR],
});
