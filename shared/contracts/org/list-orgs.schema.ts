import { z } from 'zod';
import { defineContract } from '../define-contract';
import { DocId } from '../common.schema';

/** The organisations the caller governs, as a flat list ordered from the root down (build the tree by parentId). */
export const listOrgs = defineContract({
  fn: 'org',
  action: 'listOrgs',
  summary: '查看本人管理的组织（党委管理员：党委下全部组织；书记/记分员：本支部及党小组）',
  roles: '党委管理员、支部书记、记分员',
  audience: 'signedIn',
  request: z.object({ rootId: DocId.optional() }).strict(),
  response: z
    .object({
      orgs: z.array(
        z
          .object({
            orgId: z.string(),
            kind: z.enum(['committee', 'generalBranch', 'branch', 'group']),
            name: z.string(),
            parentId: z.string().nullable(),
            /** The strongest role the caller acts in here (held on this org or above it). */
            actingRole: z.enum(['committeeAdmin', 'secretary', 'recorder']),
          })
          .strict(),
      ),
    })
    .strict(),
  reasons: ['NO_ORGS_ADMINISTERED', 'ORG_NOT_ADMINISTERED'],
});
