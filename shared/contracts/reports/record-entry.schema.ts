import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId, IdempotencyKey, ItemCode, LocalDate } from '../common.schema';
import { EntryFieldsRequest, Reason } from './entry-fields.schema';
import { LedgerLine } from './ledger-line.schema';

/** The recorder or secretary enters an item for a member (dues, deductions, vetoes …). */
export const recordEntry = defineContract({
  fn: 'reports',
  action: 'recordEntry',
  summary: '记分员或书记为党员直接记分（含扣分；一票否决仅限书记）',
  roles: '本支部记分员、书记',
  audience: 'signedIn',
  request: z
    .object({
      branchId: DocId,
      memberId: DocId,
      itemCode: ItemCode,
      date: LocalDate,
      ...EntryFieldsRequest,
      reason: Reason(200),
      idempotencyKey: IdempotencyKey,
    })
    .strict(),
  response: LedgerLine,
});
