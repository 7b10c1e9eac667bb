import { z } from 'zod';
import { DocId, Year } from '../common.schema';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE, BRANCH_YEAR } from '../reasons/groups';
import { BoardRowView, PublicationPeriodKey, PublicationSummary } from './publication-view.schema';

/**
 * What a publication would show: the period's board computed now from the ledger, before publishing.
 * Without `period`, the period due now (the latest month or quarter that has ended, of `year` or of last
 * month's year); `choices` lists the periods the branch may draft that year, for the page's picker.
 */
export const draftPublication = defineContract({
  fn: 'publications',
  action: 'draftPublication',
  summary: '公示草稿：按台账计算本期的公示表（发布前预览）',
  roles: '本支部书记、记分员；上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({ branchId: DocId, period: PublicationPeriodKey.optional(), year: Year.optional() })
    .strict()
    .refine((r) => r.period === undefined || r.year === undefined, { message: '公示期和年度只填一项', path: ['year'] }),
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
      /** The periods of the year the scheme publishes that have started, newest first; `over` once ended. */
      choices: z.array(
        z.object({ key: z.string(), kind: z.enum(['month', 'quarter', 'year']), label: z.string(), over: z.boolean() }).strict(),
      ),
      /** The branch's board setting for the year: rankings shown (off by default). */
      showRanking: z.boolean(),
    })
    .strict(),
  reasons: [...BRANCH_ROLE, ...BRANCH_YEAR, 'FIELD_INVALID'],
});
