import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR, ENTRY_FIELDS, OPEN_DATE } from '../reasons/groups';
import { DocId, IdempotencyKey, LocalDate } from '../common.schema';
import { EntryFieldsRequest, EntryItemCode, Reason } from './entry-fields.schema';
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
      itemCode: EntryItemCode,
      date: LocalDate,
      ...EntryFieldsRequest,
      reason: Reason(200),
      idempotencyKey: IdempotencyKey,
    })
    .strict(),
  response: LedgerLine,
  reasons: [
    ...BRANCH_ROLE,
    'IDEMPOTENCY_KEY_REUSED',
    'MEMBER_NOT_FOUND',
    'MEMBER_NOT_IN_BRANCH',
    'MEMBER_EXEMPT',
    'SELF_ENTRY',
    ...BRANCH_YEAR,
    ...ENTRY_FIELDS,
    'VETO_SECRETARY_ONLY',
    ...OPEN_DATE,
  ],
});
