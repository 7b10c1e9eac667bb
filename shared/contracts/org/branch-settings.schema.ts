import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { BRANCH_ROLE, ORG_OF_KIND } from '../reasons/groups';

/**
 * The branch's admin page in one call (支部管理): the scheme pinned for the current year with its rules in a few
 * plain lines, the board's ranking switch, and the roster's head counts.
 */
export const branchSettings = defineContract({
  fn: 'org',
  action: 'branchSettings',
  summary: '支部管理首页：本年度积分方案（规则摘要）、公示排名开关、党员人数',
  roles: '本支部书记、上级党委管理员',
  audience: 'signedIn',
  request: z.object({ branchId: DocId }).strict(),
  response: z
    .object({
      branchId: z.string(),
      branchName: z.string(),
      /** The current year (Beijing time). */
      year: z.number().int(),
      /** The scheme pinned for the year; null when the committee has not chosen one yet. */
      scheme: z
        .object({
          id: z.string(),
          version: z.number().int(),
          name: z.string(),
          shortName: z.string(),
          source: z.enum(['preset', 'custom']),
          period: z.enum(['month', 'quarter']),
          /** The day scoring starts this year (YYYY-MM-DD). */
          scoringFrom: z.string(),
          /** The rules in a few lines of plain Chinese (how often, the categories, the year total, grades, stars). */
          summary: z.array(z.string()),
        })
        .strict()
        .nullable(),
      /** publications.setBoardSettings: whether the year's publications show rankings (off by default). */
      showRanking: z.boolean(),
      /** Active records: party members under points management, activists, exempt, and those bound to a WeChat. */
      counts: z
        .object({ members: z.number().int(), activists: z.number().int(), exempt: z.number().int(), bound: z.number().int() })
        .strict(),
      /** What the caller may do here: the secretary records exemptions, a committee admin chooses the scheme. */
      acting: z.enum(['secretary', 'committeeAdmin']),
    })
    .strict(),
  reasons: [...BRANCH_ROLE, ...ORG_OF_KIND],
});
