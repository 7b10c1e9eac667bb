import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, ENTRY_FIELDS, OPEN_DATE } from '../reasons/groups';
import { DocId } from '../common.schema';
import { Reason, ReviewedFieldsRequest } from './entry-fields.schema';
import { LedgerLine } from './ledger-line.schema';

/**
 * Corrects a ledger entry without changing it: a reversal line cancels it and a replacement line
 * carries the new points, level or quantity (fields left out keep the entry's values). With
 * `cancel: true` only the reversal is written (an entry made by mistake, e.g. a wrong absence).
 */
export const adjustEntry = defineContract({
  fn: 'reports',
  action: 'adjustEntry',
  summary: '调整或撤销一条积分记录（冲正原记录并记入新记录，台账只增不改）',
  roles: '本支部记分员、书记（一票否决项目仅限书记）',
  audience: 'signedIn',
  request: z
    .object({
      entryId: DocId,
      ...ReviewedFieldsRequest,
      cancel: z.boolean().default(false),
      reason: Reason(200),
    })
    .strict()
    .refine((r) => !r.cancel || (r.points === undefined && r.level === undefined && r.quantity === undefined), {
      message: '撤销记录时不需要填写新的分值、级别或次数',
      path: ['cancel'],
    }),
  response: z.object({ reversal: LedgerLine, replacement: LedgerLine.nullable() }).strict(),
  reasons: [
    'ENTRY_NOT_FOUND',
    ...BRANCH_ROLE,
    'SELF_ENTRY',
    'ENTRY_IS_REVERSAL',
    ...BRANCH_YEAR,
    ...ENTRY_FIELDS,
    'VETO_SECRETARY_ONLY',
    ...OPEN_DATE,
    'ENTRY_ALREADY_REVERSED',
  ],
});
