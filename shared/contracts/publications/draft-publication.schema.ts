import { z } from 'zod';
import { DocId } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';
import { BoardRowView, PublicationPeriodKey, PublicationSummary } from './publication-view.schema';

/** What a publication would show: the period's board computed now from the ledger, before publishing. */
export const draftPublication = defineContract({
  fn: 'publications',
  action: 'draftPublication',
  summary: '公示草稿：按台账计算本期的公示表（发布前预览）',
  roles: '本支部书记、记分员；上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId, period: PublicationPeriodKey }).strict(),
  response: z
    .object({
      period: z
        .object({ key: z.string(), kind: z.enum(['month', 'quarter', 'year']), label: z.string(), from: z.string(), to: z.string() })
        .strict(),
      /** The window publishing would open: days, and whether they are working days. */
      window: z.object({ days: z.number().int(), workdays: z.boolean() }).strict(),
      board: z.array(BoardRowView),
      /** Reports still waiting in the period: publishing is refused until they are reviewed. */
      pendingReports: z.number().int(),
      /** False before the period ends (it cannot be published yet). */
      periodOver: z.boolean(),
      /** The publication, when the period is published already. */
      published: PublicationSummary.nullable(),
    })
    .strict(),
  reasons: [...BRANCH_ROLE, ...BRANCH_YEAR, 'FIELD_INVALID'],
});
