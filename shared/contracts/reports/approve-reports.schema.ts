import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, ENTRY_FIELDS } from '../reasons/groups';
import { DocId, Text } from '../common.schema';

export const MAX_BATCH_APPROVALS = 20;

/**
 * Approves several pending reports at once, each with the points, level and quantity its member
 * proposed: all of them or none (one transaction). A report approved already (a retry, or another
 * reviewer first) answers its entry; a rejected or withdrawn one, one the caller may not review, or
 * one that needs the reviewer's points refuses the whole batch, the field naming which (reportIds.<i>).
 */
export const approveReports = defineContract({
  fn: 'reports',
  action: 'approveReports',
  summary: '一次审核通过多条申报（按申报的分值；全部通过或全部不通过，重复提交只记一次）',
  roles: '本支部记分员、书记',
  audience: 'signedIn',
  request: z
    .object({
      reportIds: z
        .array(DocId)
        .min(1, '请至少选择一条申报')
        .max(MAX_BATCH_APPROVALS, `一次最多审核通过 ${MAX_BATCH_APPROVALS} 条`)
        .refine((ids) => new Set(ids).size === ids.length, '同一条申报只能选一次'),
      note: Text({ max: 200, empty: '请填写备注' }).optional(),
    })
    .strict(),
  response: z
    .object({
      approved: z.array(
        z
          .object({
            reportId: z.string(),
            entryId: z.string(),
            /** The points the entry carries (before multipliers and caps); null for a veto. */
            awardedPoints: z.number().nullable(),
            /** Approved before this call (a retry, or another reviewer was first). */
            already: z.boolean(),
          })
          .strict(),
      ),
    })
    .strict(),
  reasons: [
    'REPORT_NOT_FOUND',
    ...BRANCH_ROLE,
    'SELF_REVIEW',
    'REPORT_ALREADY_REVIEWED',
    ...BRANCH_YEAR,
    'SCHEME_CHANGED',
    ...ENTRY_FIELDS,
  ],
});
