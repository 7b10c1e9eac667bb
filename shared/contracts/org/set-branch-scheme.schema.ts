import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId, Year } from '../common.schema';
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
      scheme: z.union([
        z.object({ preset: z.string().min(1).max(64) }).strict(),
        z.object({ custom: SchemeRef }).strict(),
      ]),
    })
    .strict(),
  response: z
    .object({
      branchYearId: z.string(),
      schemeId: z.string(),
      schemeVersion: z.number().int(),
      source: z.enum(['preset', 'custom']),
      /** False when the branch already had exactly this scheme for the year. */
      changed: z.boolean(),
    })
    .strict(),
});
