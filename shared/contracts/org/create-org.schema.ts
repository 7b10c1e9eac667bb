import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';
import { OrgName } from './org-fields.schema';
import { BRANCH_ROLE, COMMITTEE_ADMIN, ORG_OF_KIND } from '../reasons/groups';

/** Adds a 党总支 or 支部 under a committee (or 党总支), or a 党小组 under a branch. */
export const createOrg = defineContract({
  fn: 'org',
  action: 'createOrg',
  summary: '新建党总支、党支部或党小组',
  roles: '党总支/支部：上级党委管理员；党小组：本支部书记或上级党委管理员',
  audience: 'signedIn',
  request: z
    .object({
      parentId: DocId,
      kind: z.enum(['generalBranch', 'branch', 'group']),
      name: OrgName,
    })
    .strict(),
  response: z.object({ orgId: z.string() }).strict(),
  reasons: [...BRANCH_ROLE, ...COMMITTEE_ADMIN, ...ORG_OF_KIND, 'ORG_NAME_EXISTS'],
});
