import { z } from 'zod';
import { defineContract } from '../define-contract';
import { COMMITTEE_ADMIN, ORG_OF_KIND } from '../reasons/groups';
import { DocId, LocalDate, Year } from '../common.schema';
import { SchemeRef } from './org-fields.schema';

/**
 * Pins a copy of a scheme as a branch's rules for a year. Once reports or ledger entries exist for the
 * branch and year the pinned scheme cannot change (CONFLICT SCHEME_PINNED); choosing the same one again is a no-op.
 */
export const setBranchScheme = defineContract({
  fn: 'org',
  action: 'setBranchScheme',
  summary: '为支部设置某年度的积分方案（已有申报或积分记录后不能更换）',
  roles: '上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      branchId: DocId,
      year: Year,
      scheme: z.union([z.object({ preset: z.string().min(1).max(64) }).strict(), z.object({ custom: SchemeRef }).strict()]),
      /**
       * When scoring starts this year (a branch adopting the product mid-year scores from then). Default:
       * 1 January, or the start of the current period when a scheme is first set during its own year.
       */
      scoringFrom: LocalDate.optional(),
    })
    .strict()
    .refine((r) => r.scoringFrom === undefined || r.scoringFrom.slice(0, 4) === String(r.year), {
      message: '开始计分日期应在该年度内',
      path: ['scoringFrom'],
    }),
  response: z
    .object({
      branchYearId: z.string(),
      schemeId: z.string(),
      schemeVersion: z.number().int(),
      source: z.enum(['preset', 'custom']),
      scoringFrom: z.string(),
      /** False when the branch already had exactly this scheme for the year. */
      changed: z.boolean(),
    })
    .strict(),
  reasons: [...COMMITTEE_ADMIN, ...ORG_OF_KIND, 'SCHEME_PINNED'],
});
