import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { COMMITTEE_ADMIN } from '../reasons/groups';

/**
 * Checks a branch's chain of sealed publications: that no published number and no counted ledger line
 * was changed after finalization. A broken link names the period and the line.
 */
export const verifySeals = defineContract({
  fn: 'publications',
  action: 'verifySeals',
  summary: '核验支部各期公示的印章链：定稿后公示分数与所计台账是否被改动',
  roles: '上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId }).strict(),
  response: z
    .object({
      ok: z.boolean(),
      checked: z.number().int(),
      broken: z
        .object({
          publicationId: z.string(),
          period: z.string(),
          label: z.string(),
          problem: z.enum(['chain', 'record', 'entryChanged', 'entryRemoved', 'entryAdded', 'board']),
          entryId: z.string().nullable(),
          message: z.string(),
        })
        .strict()
        .nullable(),
    })
    .strict(),
  reasons: [...COMMITTEE_ADMIN],
});
