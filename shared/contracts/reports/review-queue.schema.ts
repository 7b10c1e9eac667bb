import { z } from 'zod';
import { defineContract } from '../define-contract';
import { BRANCH_ROLE } from '../reasons/groups';
import { DocId, PageRequest } from '../common.schema';
import { ItemRuleView } from './item-rule.schema';
import { ReportView } from './report-view.schema';

export const reviewQueue = defineContract({
  fn: 'reports',
  action: 'reviewQueue',
  summary: '支部待审核的申报（最早提交的在前）',
  roles: '本支部记分员、书记；上级党委管理员可查看',
  audience: 'signedIn',
  request: PageRequest.extend({ branchId: DocId }).strict(),
  response: z
    .object({
      total: z.number().int(),
      reports: z.array(ReportView),
      /**
       * The rules of the items on this page as each report's pinned scheme has them (by the report's
       * year and item code), so the reviewer is offered only allowed points, levels and quantities. A
       * report whose year has no scheme, or whose scheme changed since, has none (approving it says why).
       */
      items: z.array(ItemRuleView.extend({ year: z.number().int() }).strict()),
    })
    .strict(),
  reasons: [...BRANCH_ROLE],
});
