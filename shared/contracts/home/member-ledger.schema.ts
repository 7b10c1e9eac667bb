import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, OWN_MEMBER } from '../reasons/groups';
import { DocId, PageRequest, Year } from '../common.schema';
import { LedgerLine } from '../reports/ledger-line.schema';

export const memberLedger = defineContract({
  fn: 'home',
  action: 'memberLedger',
  summary: '积分明细：党员一年的台账记录（最新的在前）',
  roles: '党员本人；本支部记分员、书记',
  audience: 'signedIn',
  request: PageRequest.extend({ memberId: DocId.optional(), year: Year }).strict(),
  response: z.object({ total: z.number().int(), lines: z.array(LedgerLine) }).strict(),
  reasons: [...OWN_MEMBER, 'MEMBER_NOT_FOUND', ...BRANCH_ROLE],
});
