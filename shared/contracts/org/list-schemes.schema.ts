import { z } from 'zod';
import { defineContract } from '../define-contract';
import { COMMITTEE_ADMIN_OF } from '../reasons/groups';
import { DocId, Year } from '../common.schema';

const SchemeSummary = {
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  shortName: z.string(),
  period: z.enum(['month', 'quarter']),
};

/**
 * The schemes a committee can give its branches: the presets and its own custom versions. With `branchId`
 * (a branch of that committee), also the branch's scheme for `year` (default: this year, Beijing time) and
 * whether it is pinned, so the committee reads before choosing what setBranchScheme would answer.
 */
export const listSchemes = defineContract({
  fn: 'org',
  action: 'listSchemes',
  summary: '查看可选的积分方案（预置方案和本党委的自定义方案）',
  roles: '党委管理员',
  audience: 'signedIn',
  request: z.object({ committeeId: DocId, branchId: DocId.optional(), year: Year.optional() }).strict(),
  response: z
    .object({
      presets: z.array(z.object(SchemeSummary).strict()),
      /** Every saved version, newest first within a scheme; `ref` is what setBranchScheme takes. */
      custom: z.array(z.object({ ...SchemeSummary, ref: z.string(), createdAt: z.string() }).strict()),
      /** Only with `branchId`. */
      branch: z
        .object({
          branchId: z.string(),
          name: z.string(),
          year: z.number().int(),
          /** The scheme set for the year; null when none is yet. */
          current: z
            .object({ id: z.string(), version: z.number().int(), name: z.string(), source: z.enum(['preset', 'custom']) })
            .strict()
            .nullable(),
          /** Reports, ledger lines, review results or a closed period in the year: setBranchScheme answers SCHEME_PINNED. */
          pinned: z.boolean(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  reasons: [...COMMITTEE_ADMIN_OF],
});
