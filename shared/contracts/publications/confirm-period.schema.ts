import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';

/** A member signs off their published period in the app (001: 党员签字确认). Signing twice answers the first. */
export const confirmPeriod = defineContract({
  fn: 'publications',
  action: 'confirmPeriod',
  summary: '党员确认本期积分（签字确认）',
  roles: '公示名单中的党员本人',
  audience: 'signedIn',
  request: z.object({ publicationId: DocId }).strict(),
  response: z.object({ publicationId: z.string(), confirmedAt: z.string() }).strict(),
  reasons: ['PUBLICATION_NOT_FOUND', ...BRANCH_ROLE, 'NOT_ON_BOARD', 'CONFIRMATION_NOT_USED'],
});
