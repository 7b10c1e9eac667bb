import { createOrg } from '../../../shared/contracts/org/create-org.schema';
import { requireOrgOfKind } from '../../../server/access/org-authority';
import { fail } from '../../../server/errors/domain-error';
import { newOrg } from '../../../server/orgs/new-org';
import type { OrgKind } from '../../../server/orgs/org.doc';
import { Handler } from '../../../server/runtime/route';

/** 党委 → 党总支 (optional) → 支部 → 党小组. */
const PARENT_KINDS: Record<'generalBranch' | 'branch' | 'group', OrgKind[]> = {
  generalBranch: ['committee'],
  branch: ['committee', 'generalBranch'],
  group: ['branch'],
};

/**
 * 党总支 under a committee, 支部 under a committee or 党总支 (committee admin over the parent); 党小组 under a branch (its
 * secretary or a committee admin). Names are unique under a parent (unique index orgs.parent_name).
 * Requests: roles 1 + parent org 1 + insert 1 = 3.
 */
export const createOrgHandler: Handler<typeof createOrg> = async (request, { openid, now, access, repos }) => {
  if (request.kind === 'group') await access.requireBranchRole(request.parentId, ['secretary', 'committeeAdmin']);
  else await access.requireCommitteeOver(request.parentId);
  const parent = await requireOrgOfKind(access, request.parentId, PARENT_KINDS[request.kind], 'parentId');
  const org = newOrg(request.kind, request.name, parent, openid, now);
  if (!(await repos.orgs.insert(org))) throw fail('ORG_NAME_EXISTS', { parent: parent.name, name: request.name });
  return { orgId: org._id };
};
